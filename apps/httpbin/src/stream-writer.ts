/** Writing a body piece by piece with backpressure and real pauses, stopping when the client leaves. */

import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** A signal that aborts when the response closes before it finished (the client went away). */
export function closeSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
  });
  return controller.signal;
}

/** Waits `ms` milliseconds unless `signal` aborts first (then rejects). */
export async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms > 0) await sleep(ms, undefined, { signal });
  else signal.throwIfAborted();
}

/** Writes one chunk, waiting for `drain` when the socket buffer is full. */
export async function writeChunk(
  res: ServerResponse,
  chunk: Uint8Array | string,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  if (!res.write(chunk)) await once(res, 'drain', { signal });
}
