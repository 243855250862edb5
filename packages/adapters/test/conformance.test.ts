import { describeAdapterConformance } from '@reqs/test-servers/conformance';
import { HTTPAdapter } from '../src/http-adapter.js';

describeAdapterConformance('HTTPAdapter', () => new HTTPAdapter());
describeAdapterConformance(
  'HTTPAdapter (poolBlock, maxsize 1, retries)',
  () => new HTTPAdapter({ poolMaxsize: 1, poolBlock: true, maxRetries: 2 }),
);
// With http2 on, an origin that speaks HTTP/1.1 only (these raw servers) gets the same behaviour.
describeAdapterConformance(
  'HTTPAdapter (http2: true, HTTP/1.1 origin)',
  () => new HTTPAdapter({ http2: true }),
);
