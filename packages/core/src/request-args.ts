/** The arguments of one call (`request(method, url, options)`) as an `args` hook sees them. */

import type { RequestInit } from './request-init.js';
import type { Cert, TimeoutSpec } from './send-options.js';

/**
 * `{ method, url, ...options }` of a call: what an `args` hook receives and may replace
 * (Requests 0.x's "the arguments dict"). The request options beside the ones of
 * {@link RequestInit} are the transport's.
 *
 * @example
 * // An `args` hook that gives every call without a timeout one of 5 s:
 * const withTimeout = (args: RequestArgs): RequestArgs => ({ ...args, timeout: args.timeout ?? 5_000 });
 * await requests.get('https://httpbin.org/get', { hooks: { args: withTimeout } });
 */
export interface RequestArgs extends RequestInit {
  /** The HTTP method as the call gave it (`'GET'`). */
  method: string;
  /** The URL as the call gave it (before a session's `baseUrl` is applied). */
  url: string | URL;
  /** `true`: resolve once the headers are in and let the caller read the body. */
  stream?: boolean | null | undefined;
  /** Connect, read and total timeouts in milliseconds; see {@link TimeoutSpec}. */
  timeout?: TimeoutSpec | undefined;
  /** TLS verification: `true` (system CAs), `false` (none), or a CA bundle file or directory. */
  verify?: boolean | string | null | undefined;
  /** A client certificate: one PEM file, or `[certFile, keyFile]`. */
  cert?: Cert | null | undefined;
  /** Proxy URLs by scheme or `scheme://host` key; a `null` value removes the session's entry. */
  proxies?: Readonly<Record<string, string | null>> | null | undefined;
  /** `false`: return a redirect response as it is instead of following it. */
  allowRedirects?: boolean | undefined;
  /** Cancels the call: the promise rejects with the signal's reason. */
  signal?: AbortSignal | null | undefined;
}
