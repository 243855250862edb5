/** @reqs/test-servers: Test servers for reqs: raw sockets, TLS with generated certificates, real proxies. */
export {};
