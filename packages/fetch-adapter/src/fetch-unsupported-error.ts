import { RequestException } from '@reqs/core';

/**
 * A request asks for something the runtime's `fetch` cannot do — a proxy, a client
 * certificate, `verify: false` or a CA bundle, a `Host` override, `Expect` or `Upgrade` —
 * thrown by {@link FetchAdapter} before anything is sent, instead of silently ignoring it.
 * @example
 * s.mount('https://', new FetchAdapter());
 * await s.get('https://httpbin.org/get', { proxies: { https: 'http://proxy:3128' } }).catch((error) => {
 *   if (error instanceof FetchUnsupportedError) console.log(error.message); // nothing was sent
 * });
 */
export class FetchUnsupportedError extends RequestException {
  /** Always `'FetchUnsupportedError'`. */
  override name: string = 'FetchUnsupportedError';
}
