// A whole gzip body of one small member decoded in one call, for a body read whole.
import { crc32 } from 'node:zlib';
import { gzipHeaderLength } from './gzip-header.js';
import { inflateWhole } from './inflate-whole.js';

const TRAILER = 8;

/**
 * The decoded bytes of `body` when it is exactly one complete gzip member that inflates within
 * {@link inflateWhole}'s bound and passes its checks (CRC-32, size); else null. Null is not a
 * verdict: the streamed decoder then decodes the body (several members, bytes after the member,
 * a large member) or names what is wrong with it, as it does for a streamed body.
 */
export function decodeWholeGzip(body: Buffer): Buffer | null {
  const headerLength = gzipHeaderLength(body);
  if (headerLength < 0) return null;
  const member = inflateWhole(body.subarray(headerLength));
  if (member === null) return null;
  const trailer = headerLength + member.used;
  if (body.length !== trailer + TRAILER) return null;
  const output = member.output;
  if (body.readUInt32LE(trailer) !== crc32(output)) return null;
  if (body.readUInt32LE(trailer + 4) !== output.length % 2 ** 32) return null;
  return output;
}
