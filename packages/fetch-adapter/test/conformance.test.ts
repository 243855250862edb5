import { describeAdapterConformance } from '@reqs/test-servers/conformance';
import { FetchAdapter } from '../src/fetch-adapter.js';

describeAdapterConformance('FetchAdapter', () => new FetchAdapter());
