/** Streamed and generated bodies: /stream/{n}, /stream-bytes/{n}, /bytes/{n}, plus /range and /drip. */
import type { Exchange } from '../exchange.js';
import { byteSource } from '../python-random.js';
import { chunkSize, queryParam } from '../query.js';
import { send } from '../reply.js';
import { requestDict } from '../request-dict.js';
import { type Route, route } from '../router.js';
import { closeSignal, writeChunk } from '../stream-writer.js';
import { drip } from './drip.js';
import { rangeRequest } from './range.js';

const MAX_BYTES = 100 * 1024;

async function streamMessages(ex: Exchange): Promise<void> {
  const n = Math.min(Number(ex.params.n), 100);
  const dict = await requestDict(ex, ['url', 'args', 'headers', 'origin']);
  const signal = closeSignal(ex.res);
  ex.res.writeHead(200, { 'Content-Type': 'application/json' });
  for (let id = 0; id < n; id++) await writeChunk(ex.res, `${JSON.stringify({ ...dict, id })}\n`, signal);
  ex.res.end();
}

async function streamBytes(ex: Exchange): Promise<void> {
  let left = Math.min(Number(ex.params.n), MAX_BYTES);
  const next = byteSource(queryParam(ex, 'seed'));
  const size = chunkSize(ex);
  const signal = closeSignal(ex.res);
  ex.res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  while (left > 0) {
    const chunk = next(Math.min(size, left));
    left -= chunk.byteLength;
    // Each write is its own HTTP chunk.
    await writeChunk(ex.res, chunk, signal);
  }
  ex.res.end();
}

function randomBytes(ex: Exchange): void {
  const n = Math.min(Number(ex.params.n), MAX_BYTES);
  const bytes = byteSource(queryParam(ex, 'seed'))(n);
  send(ex.res, 200, bytes, { 'Content-Type': 'application/octet-stream' });
}

/** The streaming routes. */
export const streamRoutes: Route[] = [
  route('GET', '/stream/{n:int}', streamMessages),
  route('GET', '/stream-bytes/{n:int}', streamBytes),
  route('GET', '/bytes/{n:int}', randomBytes),
  route('GET', '/range/{numbytes:int}', rangeRequest),
  route('GET', '/drip', drip),
];
