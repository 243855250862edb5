/** @reqs/adapters: HTTPAdapter for reqs on undici: pools, streaming, timeouts, TLS, proxies, retries. */
export {};
