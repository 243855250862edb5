/** @reqs/httpbin: An httpbin-compatible server in TypeScript: the embedded server the demo, docs and tests talk to. */
export {};
