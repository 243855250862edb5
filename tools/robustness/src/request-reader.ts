// Reads consecutive HTTP/1.1 requests (head, then a Content-Length or chunked body) off a socket.
import type { Socket } from 'node:net';
import { header, parseRequestHead, type ReceivedRequest } from './received-request.js';

/** Body framing of a request whose head has been read. */
type Framing = { kind: 'length'; length: number } | { kind: 'chunked' };

function framingOf(request: Omit<ReceivedRequest, 'body'>): Framing {
  const te = header(request as ReceivedRequest, 'transfer-encoding');
  if (te?.toLowerCase().includes('chunked')) return { kind: 'chunked' };
  const length = Number(header(request as ReceivedRequest, 'content-length') ?? '0');
  return { kind: 'length', length: Number.isFinite(length) ? length : 0 };
}

/** A complete chunked body at the start of `buffer`: `[body, bytes consumed]`, or null when more is needed. */
function readChunked(buffer: Buffer): [Buffer, number] | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd === -1) return null;
    const size = Number.parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size)) throw new Error('request-reader: bad chunk size');
    at = lineEnd + 2;
    if (size === 0) {
      // Trailers end with an empty line.
      const end = buffer.indexOf('\r\n\r\n', at - 2);
      return end === -1 ? null : [Buffer.concat(parts), end + 4];
    }
    if (buffer.length < at + size + 2) return null;
    parts.push(buffer.subarray(at, at + size));
    at += size + 2;
  }
}

/**
 * Calls `onRequest` for each complete request on `socket`, one at a time: the next request is
 * parsed only once the previous handler's promise settled (keep-alive, pipelining-safe).
 */
export function readRequests(
  socket: Socket,
  connection: number,
  onRequest: (request: ReceivedRequest) => unknown,
): void {
  let buffered = Buffer.alloc(0);
  let busy = false;
  const pump = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = parseRequestHead(buffered.subarray(0, end).toString('latin1'), connection);
        const rest = buffered.subarray(end + 4);
        const framing = framingOf(head);
        let body: Buffer;
        let consumed: number;
        if (framing.kind === 'length') {
          if (rest.length < framing.length) return;
          body = Buffer.from(rest.subarray(0, framing.length));
          consumed = framing.length;
        } else {
          const chunked = readChunked(rest);
          if (chunked === null) return;
          [body, consumed] = chunked;
        }
        buffered = rest.subarray(consumed);
        await onRequest({ ...head, body });
        if (socket.destroyed) return;
      }
    } finally {
      busy = false;
    }
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    pump().catch(() => socket.destroy());
  });
}
