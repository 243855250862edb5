/** `/range/{numbytes}`: a stable `abcd…` resource honouring `Range: bytes=…` (206/416), as httpbin. */
import type { Exchange } from '../exchange.js';
import { chunkSize, queryNumber } from '../query.js';
import { send } from '../reply.js';
import { closeSignal, pause, writeChunk } from '../stream-writer.js';

const MAX_BYTES = 100 * 1024;

/** httpbin's reading of `bytes=first-last` (either end may be missing); only the first range counts. */
export function parseRange(header: string | undefined, size: number): [first: number, last: number] {
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)/.exec(header ?? '');
  const left = m?.[1] ? Number(m[1]) : undefined;
  const right = m?.[2] ? Number(m[2]) : undefined;
  if (left === undefined && right === undefined) return [0, size - 1];
  if (left === undefined) return [Math.max(0, size - right!), size - 1];
  return [left, right ?? size - 1];
}

// The resource never changes: byte i is 'a' + i % 26.
function content(first: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = 97 + ((first + i) % 26);
  return out;
}

/** Serves the requested range of the resource, pausing `duration / numbytes` seconds per byte sent. */
export async function rangeRequest(ex: Exchange): Promise<void> {
  const size = Number(ex.params.numbytes);
  const common = { ETag: `range${size}`, 'Accept-Ranges': 'bytes' };
  if (size <= 0 || size > MAX_BYTES)
    return send(ex.res, 404, 'number of bytes must be in the range (0, 102400]', common);
  const [first, last] = parseRange(ex.header('range'), size);
  if (first > last || first >= size || last >= size) {
    return send(ex.res, 416, '', { ...common, 'Content-Range': `bytes */${size}` });
  }
  const length = last + 1 - first;
  const status = first === 0 && last === size - 1 ? 200 : 206;
  ex.res.writeHead(status, {
    ...common,
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(length),
    'Content-Range': `bytes ${first}-${last}/${size}`,
  });
  const perByteMs = (queryNumber(ex, 'duration', 0) * 1000) / size;
  const step = chunkSize(ex);
  const signal = closeSignal(ex.res);
  for (let offset = 0; offset < length; offset += step) {
    const chunk = content(first + offset, Math.min(step, length - offset));
    await pause(perByteMs * chunk.byteLength, signal);
    await writeChunk(ex.res, chunk, signal);
  }
  ex.res.end();
}
