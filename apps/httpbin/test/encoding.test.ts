import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { raw, useServer } from './helpers.js';

describe('content-encoding routes', () => {
  const server = useServer();

  const cases = [
    ['/gzip', 'gzip', 'gzipped', gunzipSync],
    ['/deflate', 'deflate', 'deflated', inflateSync],
    ['/brotli', 'br', 'brotli', brotliDecompressSync],
  ] as const;

  for (const [path, encoding, flag, decode] of cases) {
    it(`${path} sends a ${encoding}-encoded JSON body`, async () => {
      const r = await raw(`${server().url}${path}`, { headers: { 'x-probe': '1' } });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers['content-type']).toBe('application/json');
      expect(Number(r.headers['content-length'])).toBe(r.body.byteLength);
      const body = JSON.parse(decode(r.body).toString('utf8'));
      expect(body[flag]).toBe(true);
      expect(body.method).toBe('GET');
      expect(body.headers['X-Probe']).toBe('1');
      expect(body.origin).toBe('127.0.0.1');
    });
  }

  it('deflate is the zlib format (RFC 1950), starting with a zlib header', async () => {
    const r = await raw(`${server().url}/deflate`);
    expect(r.body[0]).toBe(0x78);
  });

  it('fetch decodes /gzip transparently', async () => {
    const body = (await (await fetch(`${server().url}/gzip`)).json()) as { gzipped: boolean };
    expect(body.gzipped).toBe(true);
  });

  it('/encoding/utf8 is UTF-8 text/html with characters beyond the BMP', async () => {
    const r = await raw(`${server().url}/encoding/utf8`);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(r.body);
    expect(text).toContain('∀x∈ℝ');
    expect(text).toContain('😀');
  });
});

describe('document routes', () => {
  const server = useServer();

  it('/html, /xml and /json', async () => {
    const html = await raw(`${server().url}/html`);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body.toString()).toContain('<h1>Herman Melville - Moby-Dick</h1>');
    const xml = await raw(`${server().url}/xml`);
    expect(xml.headers['content-type']).toBe('application/xml');
    expect(xml.body.toString()).toMatch(/^<\?xml version='1.0' encoding='us-ascii'\?>/);
    const json = await fetch(`${server().url}/json`);
    expect(json.headers.get('content-type')).toBe('application/json');
    const doc = (await json.json()) as { slideshow: { title: string; slides: unknown[] } };
    expect(doc.slideshow.title).toBe('Sample Slide Show');
    expect(doc.slideshow.slides).toHaveLength(2);
  });

  it('/robots.txt and /deny', async () => {
    const robots = await raw(`${server().url}/robots.txt`);
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body.toString()).toBe('User-agent: *\nDisallow: /deny\n');
    const deny = await raw(`${server().url}/deny`);
    expect(deny.body.toString()).toContain("YOU SHOULDN'T BE HERE");
  });

  it('/forms/post is an HTML form that posts to /post', async () => {
    const r = await raw(`${server().url}/forms/post`);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body.toString()).toContain('<form method="post" action="/post">');
  });
});
