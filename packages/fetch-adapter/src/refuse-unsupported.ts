// What fetch cannot do, refused before sending rather than ignored.
import { type PreparedRequest, redactUrl, type SendOptions, selectProxy } from '@reqs/core';
import { FetchUnsupportedError } from './fetch-unsupported-error.js';

/**
 * Throws FetchUnsupportedError when `options` ask for a proxy for this URL, a client
 * certificate, or TLS settings other than the runtime's default verification.
 */
export function refuseUnsupportedOptions(request: PreparedRequest, options: SendOptions): void {
  const proxy = selectProxy(request.url, options.proxies);
  if (proxy !== null) {
    throw refusal(
      request,
      `a proxy (${redactUrl(proxy)}) was selected for ${redactUrl(request.url)}, but fetch has no per-request proxy: ` +
        'pass proxies: {} (or set trustEnv = false on the session to ignore HTTP(S)_PROXY), or mount HTTPAdapter from @reqs/adapters',
    );
  }
  if (options.cert !== undefined && options.cert !== null) {
    throw refusal(
      request,
      'a client certificate (cert) was given, but fetch cannot present one: mount HTTPAdapter from @reqs/adapters',
    );
  }
  if (options.verify !== true) {
    const what =
      options.verify === false ? 'verify: false' : `a CA bundle (verify: ${JSON.stringify(options.verify)})`;
    throw refusal(
      request,
      `${what} was given, but fetch always verifies TLS against the runtime's own CA store: mount HTTPAdapter from @reqs/adapters`,
    );
  }
}

/** A FetchUnsupportedError naming the request. */
export function refusal(request: PreparedRequest, reason: string): FetchUnsupportedError {
  return new FetchUnsupportedError(
    `FetchAdapter cannot send ${request.method} ${redactUrl(request.url)}: ${reason}.`,
    { request },
  );
}
