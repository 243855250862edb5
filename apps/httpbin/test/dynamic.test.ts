import { describe, expect, it } from 'vitest';
import { raw, useServer } from './helpers.js';

describe('dynamic data routes', () => {
  const server = useServer();

  it('/base64/{value} decodes URL-safe base64 to text/html', async () => {
    const value = Buffer.from('HTTPBIN is awesome ✓').toString('base64url');
    const r = await raw(`${server().url}/base64/${value}`);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body.toString()).toBe('HTTPBIN is awesome ✓');
    const bad = await raw(`${server().url}/base64/${Buffer.from([0xff, 0xfe]).toString('base64url')}`);
    expect(bad.body.toString()).toBe('Incorrect Base64 data try: SFRUUEJJTiBpcyBhd2Vzb21l');
  });

  it('/links/{n}/{offset} lists n links except the current one; /links/{n} redirects to offset 0', async () => {
    const r = await raw(`${server().url}/links/3/1`);
    expect(r.body.toString()).toBe(
      "<html><head><title>Links</title></head><body><a href='/links/3/0'>0</a> 1 <a href='/links/3/2'>2</a> </body></html>",
    );
    const redirect = await raw(`${server().url}/links/3`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toBe('/links/3/0');
  });
});
