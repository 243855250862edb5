import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { raw, useServer } from './helpers.js';

describe('image routes', () => {
  const server = useServer();

  it('/image/png is a valid 8×8 PNG', async () => {
    const r = await raw(`${server().url}/image/png`);
    expect(r.headers['content-type']).toBe('image/png');
    const png = r.body;
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(8);
    expect(png.readUInt32BE(20)).toBe(8);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString()).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength)).byteLength).toBe(8 * (1 + 8 * 3));
  });

  it('/image/jpeg, /image/webp and /image/svg carry their formats', async () => {
    const jpeg = await raw(`${server().url}/image/jpeg`);
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
    expect(jpeg.body.subarray(0, 2).toString('hex')).toBe('ffd8');
    expect(jpeg.body.subarray(-2).toString('hex')).toBe('ffd9');
    const webp = await raw(`${server().url}/image/webp`);
    expect(webp.headers['content-type']).toBe('image/webp');
    expect(webp.body.subarray(0, 4).toString()).toBe('RIFF');
    expect(webp.body.readUInt32LE(4)).toBe(webp.body.byteLength - 8);
    expect(webp.body.subarray(8, 16).toString()).toBe('WEBPVP8L');
    const svg = await raw(`${server().url}/image/svg`);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body.toString()).toContain('<svg');
  });

  it('/image picks a format from Accept, or answers 406', async () => {
    const pick = async (accept?: string) => {
      const r = await raw(`${server().url}/image`, accept === undefined ? {} : { headers: { accept } });
      return r.status === 200 ? r.headers['content-type'] : r.status;
    };
    expect(await pick()).toBe('image/png');
    expect(await pick('image/webp,*/*')).toBe('image/webp');
    expect(await pick('image/svg+xml')).toBe('image/svg+xml');
    expect(await pick('image/jpeg')).toBe('image/jpeg');
    expect(await pick('image/*')).toBe('image/png');
    expect(await pick('text/html')).toBe(406);
  });
});
