/**
 * @reqs/adapter-conformance: the suite a transport adapter for reqs runs against itself — what a
 * Session expects of an adapter, as named cases any test runner can run.
 */
export { type AdapterConformanceCase, adapterConformanceCases } from './adapter-conformance-cases.js';
export { type ConformanceServer, startConformanceServer } from './conformance-server.js';
