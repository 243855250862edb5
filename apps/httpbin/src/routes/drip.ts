/** `/drip?duration=&numbytes=&code=&delay=`: `*` bytes spread evenly over `duration` seconds. */
import type { Exchange } from '../exchange.js';
import { queryNumber } from '../query.js';
import { sendText } from '../reply.js';
import { closeSignal, pause, writeChunk } from '../stream-writer.js';

const MAX_BYTES = 10 * 1024 * 1024;

interface DripPlan {
  durationMs: number;
  numbytes: number;
  code: number;
  delayMs: number;
}

function plan(ex: Exchange): DripPlan | string {
  const duration = queryNumber(ex, 'duration', 2);
  const numbytes = Math.min(Math.trunc(queryNumber(ex, 'numbytes', 10)), MAX_BYTES);
  const code = queryNumber(ex, 'code', 200);
  const delay = queryNumber(ex, 'delay', 0);
  if (!(numbytes > 0)) return 'number of bytes must be positive';
  if (!Number.isInteger(code) || code < 200 || code > 999) return 'Invalid status code';
  if (!Number.isFinite(duration) || !Number.isFinite(delay)) return 'duration and delay must be numbers';
  return { durationMs: Math.max(0, duration) * 1000, numbytes, code, delayMs: Math.max(0, delay) * 1000 };
}

/**
 * Waits `delay`, sends the headers, then byte i at i·duration/numbytes and ends at `duration`
 * (httpbin writes a byte, then sleeps). Bytes that fall due together go out in one write, so a
 * large `numbytes` does not need a timer per byte.
 */
export async function drip(ex: Exchange): Promise<void> {
  const p = plan(ex);
  if (typeof p === 'string') return sendText(ex.res, p, 400);
  const signal = closeSignal(ex.res);
  await pause(p.delayMs, signal);
  ex.res.writeHead(p.code, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(p.numbytes),
  });
  ex.res.flushHeaders();
  const start = performance.now();
  const interval = p.durationMs / p.numbytes;
  let sent = 0;
  while (sent < p.numbytes) {
    const due =
      interval === 0
        ? p.numbytes
        : Math.min(p.numbytes, Math.floor((performance.now() - start) / interval) + 1);
    if (due > sent) {
      await writeChunk(ex.res, Buffer.alloc(due - sent, '*'), signal);
      sent = due;
    }
    await pause(start + sent * interval - performance.now(), signal);
  }
  ex.res.end();
}
