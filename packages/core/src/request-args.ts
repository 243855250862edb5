/** The arguments of one call (`request(method, url, options)`) as an `args` hook sees them. */

import type { RequestInit } from './request-init.js';
import type { Cert, TimeoutSpec } from './send-options.js';

/**
 * `{ method, url, ...options }` of a call: what an `args` hook receives and may replace
 * (Requests 0.x's "the arguments dict"). The request options beside the ones of
 * {@link RequestInit} are the transport's.
 */
export interface RequestArgs extends RequestInit {
  method: string;
  url: string | URL;
  stream?: boolean | null | undefined;
  timeout?: TimeoutSpec | undefined;
  verify?: boolean | string | null | undefined;
  cert?: Cert | null | undefined;
  proxies?: Readonly<Record<string, string | null>> | null | undefined;
  allowRedirects?: boolean | undefined;
  signal?: AbortSignal | null | undefined;
}
