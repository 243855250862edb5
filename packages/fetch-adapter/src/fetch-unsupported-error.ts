import { RequestException } from '@reqs/core';

/**
 * A request asks for something the runtime's `fetch` cannot do — a proxy, a client
 * certificate, `verify: false` or a CA bundle, a `Host` override, `Expect` or `Upgrade` —
 * thrown by {@link FetchAdapter} before anything is sent, instead of silently ignoring it.
 */
export class FetchUnsupportedError extends RequestException {
  override name: string = 'FetchUnsupportedError';
}
