/** @reqs/test-servers/httpbin: the repo's httpbin as a vitest fixture, one per file or one per test. */
export { startHttpbin } from './start-httpbin.js';
export { type HttpbinFixture, useHttpbin } from './use-httpbin.js';
