/** Putting a request's body back to its start before it is sent again (Requests' rewind_body). */
import { UnrewindableBodyError } from './errors/unrewindable-body-error.js';
import type { PreparedRequest } from './prepared-request.js';

/**
 * Replaces `prepared.body` with a fresh copy from `prepared.bodyRewind`, so the request can
 * be sent again (a 307/308 redirect, an auth retry). A request without a body needs nothing.
 *
 * @throws UnrewindableBodyError when the body can only be read once (a plain stream or
 *   iterable), or when getting it again fails (the error is the `cause`).
 * @example
 * if (prepared.body !== null) rewindBody(prepared);
 */
export function rewindBody(prepared: PreparedRequest): void {
  if (prepared.body === null) return;
  const rewind = prepared.bodyRewind;
  if (rewind === null) {
    throw new UnrewindableBodyError('Unable to rewind request body for redirect.', { request: prepared });
  }
  try {
    prepared.body = rewind();
  } catch (error) {
    throw new UnrewindableBodyError('An error occurred when rewinding request body for redirect.', {
      request: prepared,
      cause: error,
    });
  }
}
