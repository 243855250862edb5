/** @reqs/fetch-adapter: a reqs transport on the runtime's fetch (Bun, Deno, browsers, edge). */
export { FetchAdapter, type FetchAdapterOptions } from './fetch-adapter.js';
export type { FetchFunction } from './fetch-exchange.js';
export { FetchUnsupportedError } from './fetch-unsupported-error.js';
