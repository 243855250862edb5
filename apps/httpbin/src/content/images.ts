/** Tiny images built in code at load time: an 8×8 PNG gradient, a grey JPEG, a WebP and an SVG. */
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 8;

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.byteLength, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function buildPng(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, SIZE, 0, 0, 0, SIZE, 8, 2, 0, 0, 0]); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < SIZE; x++) rows.push(32 * x, 32 * y, 200);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = deflateSync(Buffer.from(rows));
  return Buffer.concat([
    signature,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// A baseline JPEG of one 8×8 grey block: every coefficient zero, so each Huffman table needs one code.
function buildJpeg(): Buffer {
  const marker = (code: number, body: number[]) => [
    0xff,
    code,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const oneCodeTable = (tableClass: number) => [tableClass, 1, ...new Array<number>(15).fill(0), 0];
  return Buffer.from([
    0xff,
    0xd8, // SOI
    ...marker(0xdb, [0, ...new Array<number>(64).fill(1)]), // quantisation table 0: all ones
    ...marker(0xc0, [8, 0, SIZE, 0, SIZE, 1, 1, 0x11, 0]), // SOF0: 8×8, one component
    ...marker(0xc4, oneCodeTable(0x00)), // DC table 0: category 0
    ...marker(0xc4, oneCodeTable(0x10)), // AC table 0: end of block
    ...marker(0xda, [1, 1, 0x00, 0, 63, 0]), // SOS
    0x3f, // DC code 0, EOB code 0, padded with ones
    0xff,
    0xd9, // EOI
  ]);
}

// A lossless (VP8L) WebP of one colour: each prefix code has one symbol, so pixels take no bits.
function buildWebp(): Buffer {
  const bits: number[] = [];
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  put(SIZE - 1, 14);
  put(SIZE - 1, 14);
  put(0, 1); // alpha_is_used
  put(0, 3); // version
  put(0, 3); // no transform, no colour cache, no meta prefix codes
  // Simple prefix codes: bit 1 (simple), 0 (one symbol), then an 8-bit or a 1-bit symbol.
  for (const symbol of [0x99, 0x33, 0xcc, 0xff]) {
    put(0b101, 3); // green, red, blue, alpha: 8-bit symbols
    put(symbol, 8);
  }
  put(0b001, 3); // distance: a 1-bit symbol, 0
  put(0, 1);
  const data = [0x2f];
  for (let i = 0; i < bits.length; i += 8)
    data.push(bits.slice(i, i + 8).reduce((byte, bit, j) => byte | (bit << j), 0));
  const size = data.length;
  if (size % 2) data.push(0); // RIFF chunks are padded to an even length; the size excludes the pad
  const chunk = Buffer.concat([Buffer.from('VP8L'), u32le(size), Buffer.from(data)]);
  return Buffer.concat([Buffer.from('RIFF'), u32le(4 + chunk.length), Buffer.from('WEBP'), chunk]);
}

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}

/** `image/png` bytes. */
export const PNG = buildPng();
/** `image/jpeg` bytes. */
export const JPEG = buildJpeg();
/** `image/webp` bytes. */
export const WEBP = buildWebp();
/** `image/svg+xml` text. */
export const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">
  <title>reqs httpbin</title>
  <rect width="100" height="100" rx="12" fill="#336699"/>
  <circle cx="50" cy="50" r="30" fill="#ffcc33"/>
  <text x="50" y="57" font-family="sans-serif" font-size="20" text-anchor="middle" fill="#336699">GET</text>
</svg>
`;
