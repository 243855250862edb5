/** @reqs/test-servers: test servers for reqs: raw sockets, TLS with generated certificates, real proxies. */

export { type Daemon, findBinary, getFreePort, startDaemon } from './daemon.js';
export { startDante } from './dante.js';
export { type H2Echo, type H2Server, type H2ServerOptions, startH2Server } from './h2-server.js';
export { type NginxServer, startNginx } from './nginx.js';
export { type RawServer, readRequestHead, startRawServer } from './raw-server.js';
export { type ProxyServer, startTinyproxy, type TinyproxyOptions } from './tinyproxy.js';
export { type CertPair, createTlsFixture, type TlsFixture } from './tls-fixture.js';
export { startTlsFront, type TlsFront } from './tls-front.js';
export { startTlsServer, type TlsEcho, type TlsServer, type TlsServerOptions } from './tls-server.js';
export type { ConnectionStats } from './track-connections.js';
