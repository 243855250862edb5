/**
 * Tracing one call: verbose lines, `NODE_DEBUG=reqs` lines and the `reqs:request:*`
 * diagnostics channels (this file owns their names and message shapes, as got's
 * diagnostics-channel.ts). Nothing is built when nothing listens.
 */
import { nodeBuiltin, type PreparedRequest, type Response, type RetryInfo, redactUrl } from '@reqs/core';
import type { VerboseStream } from './settings.js';

/**
 * `reqs:request:start`: a call began (before its first hop is sent).
 * @example
 * const { subscribe } = await import('node:diagnostics_channel');
 * subscribe(CHANNELS.start, (message) => {
 *   const { id, request } = message as RequestStartMessage;
 *   console.log(`#${id} ${request.method} ${request.url}`);
 * });
 */
export interface RequestStartMessage {
  /** The call's number, shared by every message of this call. */
  id: number;
  /** The request as prepared for its first hop. */
  request: PreparedRequest;
}
/**
 * `reqs:request:end`: a call ended with `response` (its body read unless streaming).
 * @example
 * const { subscribe } = await import('node:diagnostics_channel');
 * subscribe(CHANNELS.end, (message) => {
 *   const { id, response, timings } = message as RequestEndMessage;
 *   console.log(`#${id} ${response.statusCode} in ${timings?.total ?? response.elapsed} ms`);
 * });
 */
export interface RequestEndMessage {
  /** The call's number, the same as its `reqs:request:start` message's. */
  id: number;
  /** The request the call began with (its first hop). */
  request: PreparedRequest;
  /** The final response, after any redirects. */
  response: Response;
  /** The final response's phase timings (the same as `response.timings`). */
  timings: Response['timings'];
}
/**
 * `reqs:request:error`: a call failed.
 * @example
 * const { subscribe } = await import('node:diagnostics_channel');
 * subscribe(CHANNELS.error, (message) => {
 *   const { id, request, error } = message as RequestErrorMessage;
 *   console.error(`#${id} ${request.url} failed:`, error);
 * });
 */
export interface RequestErrorMessage {
  /** The call's number, the same as its `reqs:request:start` message's. */
  id: number;
  /** The request the call began with (its first hop). */
  request: PreparedRequest;
  /** What the call threw (a `RequestException` subclass for a transport failure). */
  error: unknown;
}
/**
 * `reqs:request:redirect`: `response` is followed to `request` (the next hop).
 * @example
 * const { subscribe } = await import('node:diagnostics_channel');
 * subscribe(CHANNELS.redirect, (message) => {
 *   const { response, request } = message as RequestRedirectMessage;
 *   console.log(`${response.statusCode} ${response.url} -> ${request.url}`);
 * });
 */
export interface RequestRedirectMessage {
  /** The call's number, the same as its `reqs:request:start` message's. */
  id: number;
  /** The next hop's request, about to be sent. */
  request: PreparedRequest;
  /** The redirect response being followed. */
  response: Response;
}
/**
 * `reqs:request:retry`: the adapter sends `request` again (attempt 1 is the first retry).
 * @example
 * const { subscribe } = await import('node:diagnostics_channel');
 * subscribe(CHANNELS.retry, (message) => {
 *   const { attempt, delay, response, error } = message as RequestRetryMessage;
 *   console.log(`retry ${attempt} in ${delay} ms after`, response?.statusCode ?? error);
 * });
 */
export interface RequestRetryMessage {
  /** The call's number, the same as its `reqs:request:start` message's. */
  id: number;
  /** The request sent again. */
  request: PreparedRequest;
  /** Which retry this is: 1 for the first. */
  attempt: number;
  /** How long the adapter waits before sending it, in milliseconds. */
  delay: number;
  /** The error that caused the retry, when one did. */
  error?: unknown;
  /** The response that caused the retry (a retryable status), when one did. */
  response?: Response;
}

/**
 * The names of the `node:diagnostics_channel` channels every call of a session reports on.
 * @example
 * const { subscribe } = await import('node:diagnostics_channel');
 * subscribe(CHANNELS.end, (message) => console.log((message as RequestEndMessage).response.statusCode));
 */
export const CHANNELS = {
  start: 'reqs:request:start',
  end: 'reqs:request:end',
  error: 'reqs:request:error',
  redirect: 'reqs:request:redirect',
  retry: 'reqs:request:retry',
} as const;

/** What this file uses of a diagnostics channel. */
interface TraceChannel {
  readonly hasSubscribers: boolean;
  publish(message: unknown): void;
}

/** Where the runtime has no node:diagnostics_channel (browsers), nothing can subscribe. */
const SILENT_CHANNEL: TraceChannel = { hasSubscribers: false, publish() {} };
const diagnostics = nodeBuiltin<typeof import('node:diagnostics_channel')>('node:diagnostics_channel');
const channel = (name: string): TraceChannel => diagnostics?.channel(name) ?? SILENT_CHANNEL;

const startChannel = channel(CHANNELS.start);
const endChannel = channel(CHANNELS.end);
const errorChannel = channel(CHANNELS.error);
const redirectChannel = channel(CHANNELS.redirect);
const retryChannel = channel(CHANNELS.retry);

/** `NODE_DEBUG=reqs` lines through util.debuglog; no debug log where the runtime has no node:util. */
const debug: ((format: string, ...values: unknown[]) => void) & { enabled: boolean } =
  nodeBuiltin<typeof import('node:util')>('node:util')?.debuglog('reqs') ??
  Object.assign(() => {}, { enabled: false });
// NODE_DEBUG is read once, at startup, by util.debuglog too.
const debugEnabled = debug.enabled;
let lastId = 0;

function anySubscribers(): boolean {
  return (
    startChannel.hasSubscribers ||
    endChannel.hasSubscribers ||
    errorChannel.hasSubscribers ||
    redirectChannel.hasSubscribers ||
    retryChannel.hasSubscribers
  );
}

/**
 * What one call reports. `sent` is told about every request actually sent (each hop and
 * retry); the others about the call's events.
 */
export class CallTrace {
  /** Shared by every message of this call. */
  readonly id = ++lastId;
  readonly #verbose: VerboseStream | null;
  readonly #request: PreparedRequest;

  constructor(verbose: VerboseStream | null, request: PreparedRequest) {
    this.#verbose = verbose;
    this.#request = request;
    if (startChannel.hasSubscribers)
      startChannel.publish({ id: this.id, request } satisfies RequestStartMessage);
  }

  /** A request goes on the wire: the verbose line and a debug line. */
  sent(request: PreparedRequest): void {
    if (this.#verbose === null && !debugEnabled) return;
    const url = redactUrl(request.url);
    this.#verbose?.write(`${new Date().toISOString()}   ${request.method}   ${url}\n`);
    debug('request #%d %s %s', this.id, request.method, url);
  }

  /** `response` is followed to `next`. */
  redirect(response: Response, next: PreparedRequest): void {
    debug(
      'redirect #%d %d %s -> %s',
      this.id,
      response.statusCode,
      redactUrl(response.url),
      redactUrl(next.url),
    );
    if (redirectChannel.hasSubscribers)
      redirectChannel.publish({ id: this.id, request: next, response } satisfies RequestRedirectMessage);
  }

  /** The adapter re-sends (the `onRetry` of `SendOptions`). */
  readonly retry = (info: RetryInfo): void => {
    debug(
      'retry #%d attempt %d after %d ms %s',
      this.id,
      info.attempt,
      info.delay,
      redactUrl(info.request.url),
    );
    if (retryChannel.hasSubscribers) {
      const message: RequestRetryMessage = {
        id: this.id,
        request: info.request,
        attempt: info.attempt,
        delay: info.delay,
      };
      if (info.error !== undefined) message.error = info.error;
      if (info.response !== undefined) message.response = info.response;
      retryChannel.publish(message);
    }
    this.sent(info.request);
  };

  /** The call answered. */
  end(response: Response): void {
    debug(
      'response #%d %d %s %d ms',
      this.id,
      response.statusCode,
      redactUrl(response.url),
      Math.round(response.elapsed),
    );
    if (endChannel.hasSubscribers) {
      const message: RequestEndMessage = {
        id: this.id,
        request: this.#request,
        response,
        timings: response.timings,
      };
      endChannel.publish(message);
    }
  }

  /** The call failed. */
  error(error: unknown): void {
    debug(
      'error #%d %s %s',
      this.id,
      redactUrl(this.#request.url),
      error instanceof Error ? error.message : String(error),
    );
    if (errorChannel.hasSubscribers)
      errorChannel.publish({ id: this.id, request: this.#request, error } satisfies RequestErrorMessage);
  }
}

/** A trace for a call of `request`, or null when nothing listens (no verbose stream, debug off, no subscriber). */
export function startTrace(verbose: VerboseStream | null, request: PreparedRequest): CallTrace | null {
  if (verbose === null && !debugEnabled && !anySubscribers()) return null;
  return new CallTrace(verbose, request);
}
