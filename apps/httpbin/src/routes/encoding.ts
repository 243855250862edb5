/** Compressed bodies (/gzip, /deflate, /brotli) and the UTF-8 sample page (/encoding/utf8). */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { UTF8_DEMO } from '../content/utf8-demo.js';
import type { Exchange } from '../exchange.js';
import { send, sendHtml, toJson } from '../reply.js';
import { requestDict } from '../request-dict.js';
import { type Route, route } from '../router.js';

type Compress = (data: Buffer) => Buffer;

// `flag` is the key httpbin adds to say how the body was encoded (`gzipped: true`, …).
function compressed(encoding: string, flag: string, compress: Compress) {
  return async (ex: Exchange): Promise<void> => {
    const dict = await requestDict(ex, ['origin', 'headers']);
    const json = toJson({ ...dict, method: ex.method, [flag]: true });
    send(ex.res, 200, compress(Buffer.from(json, 'utf8')), {
      'Content-Type': 'application/json',
      'Content-Encoding': encoding,
    });
  };
}

/** The content-encoding routes. */
export const encodingRoutes: Route[] = [
  route(
    'GET',
    '/gzip',
    compressed('gzip', 'gzipped', (b) => gzipSync(b, { level: 4 })),
  ),
  // `deflate` is the zlib format (RFC 1950), as Python's zlib.compressobj() writes it.
  route(
    'GET',
    '/deflate',
    compressed('deflate', 'deflated', (b) => deflateSync(b)),
  ),
  route(
    'GET',
    '/brotli',
    compressed('br', 'brotli', (b) => brotliCompressSync(b)),
  ),
  route('GET', '/encoding/utf8', (ex) => sendHtml(ex.res, UTF8_DEMO)),
];
