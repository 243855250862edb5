/** The options an adapter sends with: timeouts, TLS, proxies, cancellation. */
import type { RetryInfo } from './hooks/hook-types.js';
import type { RequestCacheSetting } from './request-cache-options.js';

/**
 * How long to wait, in milliseconds.
 * - a number: both the connect and the read timeout;
 * - `[connect, read]`;
 * - `{ connect, read, total }` (`total` is a deadline over connect, redirects, retries and body);
 * - `null`: wait forever.
 * Read is the longest silence between bytes (headers or body), not a total.
 * Left unset (`undefined`), the defaults are connect 10 000 and read 300 000.
 * @example
 * await requests.get(url, { timeout: 5_000 }); // connect and read, 5 s each
 * await requests.get(url, { timeout: [3_000, 30_000] }); // connect 3 s, read 30 s
 * await requests.get(url, { timeout: { connect: 3_000, read: 10_000, total: 60_000 } });
 */
export type TimeoutSpec =
  | number
  | readonly [connect: number | null, read: number | null]
  | { readonly connect?: number | null; readonly read?: number | null; readonly total?: number | null }
  | null;

/**
 * A client certificate: one PEM file holding certificate and key, or `[certFile, keyFile]`.
 * @example
 * await requests.get('https://mtls.example.org/', { cert: ['client.crt', 'client.key'] });
 * await requests.get('https://mtls.example.org/', { cert: 'client-with-key.pem' });
 */
export type Cert = string | readonly [certFile: string, keyFile: string];

/**
 * Everything an adapter needs besides the request itself.
 *
 * @example
 * // Sending a prepared request through an adapter directly, without a session:
 * const sendOptions: SendOptions = { stream: false, timeout: [3_000, 30_000], verify: true, proxies: {} };
 * const response = await new HTTPAdapter().send(p, sendOptions);
 */
export interface SendOptions {
  /** `false`: the session reads the whole body before resolving; `true`: the caller reads it. */
  stream: boolean;
  /** See {@link TimeoutSpec}; `undefined` means the defaults. */
  timeout?: TimeoutSpec | undefined;
  /** TLS verification: `true` (system CAs), `false` (none), or a CA bundle file or directory. */
  verify: boolean | string;
  /** Client certificate. */
  cert?: Cert | undefined;
  /** Proxy URLs by key (`http`, `https`, `all`, `scheme://host`, `all://host`). */
  proxies: Record<string, string>;
  /** Cancels the request; the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Told by an adapter that retries, right before each re-send (after the `retry` hooks and
   * the wait): the session traces retries with it. Adapters that never retry ignore it.
   */
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /** The per-request `cache` option, for caching adapters (others ignore it). */
  cache?: RequestCacheSetting | undefined;
}
