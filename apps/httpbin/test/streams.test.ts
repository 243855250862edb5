import { describe, expect, it } from 'vitest';
import { parseRange } from '../src/routes/range.js';
import { json, raw, useServer } from './helpers.js';

// From CPython 3: random.seed(s); bytes(random.randint(0, 255) for _ in range(16)).hex()
const PYTHON_BYTES: Array<[string, string]> = [
  ['0', 'c5d71484f8cf9bf4b76f47904730804b'],
  ['42', '390c8c7d7247342cd8100f2f6f770d65'],
  ['1099511627781', '890e175428447a467ec23e75ef1c39da'],
  ['-7', 'a54dca182530bb1d6d132cded6237b2e'],
];

describe('streaming and generated bodies', () => {
  const server = useServer();

  it('/stream/{n} sends n JSON lines, chunked, each with its id', async () => {
    const r = await raw(`${server().url}/stream/3?x=1`);
    expect(r.headers['transfer-encoding']).toBe('chunked');
    expect(r.headers['content-type']).toBe('application/json');
    const lines = r.body
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual([0, 1, 2]);
    expect(lines[0].args).toEqual({ x: '1' });
    expect(Object.keys(lines[0])).toEqual(['url', 'args', 'headers', 'origin', 'id']);
    const capped = await raw(`${server().url}/stream/500`);
    expect(capped.body.toString().trimEnd().split('\n')).toHaveLength(100);
  });

  it('/bytes/{n}?seed= gives the same bytes as httpbin on CPython', async () => {
    for (const [seed, hex] of PYTHON_BYTES) {
      const r = await raw(`${server().url}/bytes/16?seed=${seed}`);
      expect(r.headers['content-type']).toBe('application/octet-stream');
      expect(r.body.toString('hex'), seed).toBe(hex);
    }
  });

  it('/bytes/{n} without a seed is random, capped at 100 KiB', async () => {
    const a = await raw(`${server().url}/bytes/64`);
    const b = await raw(`${server().url}/bytes/64`);
    expect(a.body.byteLength).toBe(64);
    expect(a.body.equals(b.body)).toBe(false);
    expect((await raw(`${server().url}/bytes/200000`)).body.byteLength).toBe(102400);
  });

  it('/stream-bytes/{n} streams chunk_size chunks of the seeded bytes', async () => {
    const r = await raw(`${server().url}/stream-bytes/16?seed=0&chunk_size=5`);
    expect(r.headers['transfer-encoding']).toBe('chunked');
    expect(r.body.toString('hex')).toBe(PYTHON_BYTES[0]![1]);
    const big = await raw(`${server().url}/stream-bytes/30000`);
    expect(big.body.byteLength).toBe(30000);
  });

  it('/range/{n} serves the whole resource with 200 and Accept-Ranges', async () => {
    const r = await raw(`${server().url}/range/30`);
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe('abcdefghijklmnopqrstuvwxyzabcd');
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.headers.etag).toBe('range30');
    expect(r.headers['content-range']).toBe('bytes 0-29/30');
  });

  it('/range/{n} answers ranges with 206 and impossible ranges with 416', async () => {
    const part = await raw(`${server().url}/range/100`, { headers: { range: 'bytes=10-14' } });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe('klmno');
    expect(part.headers['content-range']).toBe('bytes 10-14/100');
    expect(part.headers['content-length']).toBe('5');
    const suffix = await raw(`${server().url}/range/100`, { headers: { range: 'bytes=-3' } });
    expect(suffix.body.toString()).toBe('tuv'); // bytes 97..99
    const open = await raw(`${server().url}/range/30`, { headers: { range: 'bytes=27-' } });
    expect(open.body.toString()).toBe('bcd');
    const bad = await raw(`${server().url}/range/10`, { headers: { range: 'bytes=20-30' } });
    expect(bad.status).toBe(416);
    expect(bad.headers['content-range']).toBe('bytes */10');
    expect((await raw(`${server().url}/range/0`)).status).toBe(404);
  });

  it('parses Range headers as httpbin does', () => {
    expect(parseRange(undefined, 10)).toEqual([0, 9]);
    expect(parseRange('bytes=2-', 10)).toEqual([2, 9]);
    expect(parseRange('bytes=-20', 10)).toEqual([0, 9]);
    expect(parseRange('items=1-2', 10)).toEqual([0, 9]);
  });

  it('/drip spreads numbytes over duration after delay, with the requested code', async () => {
    const r = await raw(`${server().url}/drip?duration=0.3&numbytes=3&code=201&delay=0.1`);
    expect(r.status).toBe(201);
    expect(r.body.toString()).toBe('***');
    expect(r.headers['content-length']).toBe('3');
    expect(r.headers['content-type']).toBe('application/octet-stream');
    // Byte i leaves at delay + i·duration/numbytes: the last one at 0.1 + 0.2 s.
    expect(r.elapsed).toBeGreaterThanOrEqual(290);
    expect(r.elapsed).toBeLessThan(2000);
    expect(r.chunks.length).toBeGreaterThanOrEqual(2);
  });

  it('/drip sends many bytes without a timer per byte, and rejects numbytes <= 0', async () => {
    const r = await raw(`${server().url}/drip?duration=0.2&numbytes=20000`);
    expect(r.body.byteLength).toBe(20000);
    expect(r.elapsed).toBeLessThan(2000);
    expect((await raw(`${server().url}/drip?numbytes=0`)).status).toBe(400);
  });

  it('/delay/{n} waits n seconds (fractions allowed) and echoes the request', async () => {
    const r = await raw(`${server().url}/delay/0.3?a=b`, { method: 'POST', body: 'x=1' });
    expect(r.elapsed).toBeGreaterThanOrEqual(290);
    const body = json(r);
    expect(Object.keys(body).sort()).toEqual(['args', 'data', 'files', 'form', 'headers', 'origin', 'url']);
    expect(body.args).toEqual({ a: 'b' });
    expect((await raw(`${server().url}/delay/abc`)).status).toBe(400);
  });
});
