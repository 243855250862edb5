/** @reqs/app-adapter: an in-process transport for reqs that sends requests into a Node request listener. */
export { AppAdapter, type AppAdapterOptions } from './app-adapter.js';
