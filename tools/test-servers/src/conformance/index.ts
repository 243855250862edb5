/** @reqs/test-servers/conformance: suites that implementations of reqs' extension points run against themselves. */
export { describeAdapterConformance } from './adapter-conformance.js';
