// The one-call decoder for a gzip body read whole: it answers only for one complete, checked
// member, and says null (the streamed decoder takes over) for anything else.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeWholeGzip } from '../src/decoding/decode-whole-gzip.js';

const text = 'whole body '.repeat(300);
const gz = gzipSync(text);

describe('decodeWholeGzip', () => {
  it('decodes one complete member, with or without optional header fields', () => {
    expect(decodeWholeGzip(gz)?.toString()).toBe(text);
    // FNAME set: the header runs to the name's zero byte.
    const named = Buffer.concat([
      gz.subarray(0, 3),
      Buffer.from([0x08]),
      gz.subarray(4, 10),
      Buffer.from('n.txt\0'),
      gz.subarray(10),
    ]);
    expect(decodeWholeGzip(named)?.toString()).toBe(text);
    expect(decodeWholeGzip(gzipSync(''))?.byteLength).toBe(0);
  });

  it.each([
    ['an empty body', Buffer.alloc(0)],
    ['not gzip', Buffer.from('plain text, not gzip at all')],
    ['two members', Buffer.concat([gz, gzipSync('more')])],
    ['bytes after the member', Buffer.concat([gz, Buffer.from('GARBAGE')])],
    ['a truncated member', gz.subarray(0, -3)],
    ['deflate data cut short', gz.subarray(0, 30)],
    ['a bad CRC-32', Buffer.concat([gz.subarray(0, -8), Buffer.alloc(4), gz.subarray(-4)])],
    ['a bad size', Buffer.concat([gz.subarray(0, -4), Buffer.from([1, 0, 0, 0])])],
    ['more than 256 KiB decoded', gzipSync(Buffer.alloc(300_000, 'a'))],
  ])('leaves %s to the streamed decoder', (_name, body) => {
    expect(decodeWholeGzip(body)).toBeNull();
  });
});
