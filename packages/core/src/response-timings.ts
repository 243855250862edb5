/** When each phase of an exchange ended (got's `timings`, HTTPie's `--meta`). */

/**
 * The phases of one exchange: `start` is when sending began (ms since the epoch, as
 * `Date.now()`); every other field is milliseconds after `start` at which that phase ended.
 * `lookup`, `connect` and `secureConnect` are there only when the exchange opened a new
 * connection (a pooled one skips them); `end` and `total` once the body is read.
 * `response` equals `Response.elapsed` (time to headers, as Requests).
 *
 * @example
 * const r = await requests.get(url);
 * console.log(`headers after ${r.timings?.response} ms, body after ${r.timings?.end} ms`);
 */
export interface ResponseTimings {
  /** When sending began, in milliseconds since the epoch (as `Date.now()`); the other fields count from it. */
  start: number;
  /** A connection was assigned (pooled or new). */
  socket?: number | undefined;
  /** The host name was resolved (new connections). */
  lookup?: number | undefined;
  /** TCP connected (new connections). */
  connect?: number | undefined;
  /** TLS handshake done (new https connections). */
  secureConnect?: number | undefined;
  /** The request, body included, was written. */
  upload?: number | undefined;
  /** The response headers were parsed. */
  response: number;
  /** The body was read to its end. */
  end?: number | undefined;
  /** The whole exchange: `end`. */
  total?: number | undefined;
}
