/** @reqs/httpbin: an httpbin-compatible server in TypeScript, the embedded server the demo, docs and tests talk to. */
export type { HttpbinServer, StartOptions } from './server.js';
export { startServer } from './server.js';
