import { describeAdapterConformance } from '@reqs/test-servers/conformance';
import { HTTPAdapter } from '../src/http-adapter.js';

describeAdapterConformance('HTTPAdapter', () => new HTTPAdapter());
describeAdapterConformance(
  'HTTPAdapter (poolBlock, maxsize 1, retries)',
  () => new HTTPAdapter({ poolMaxsize: 1, poolBlock: true, maxRetries: 2 }),
);
