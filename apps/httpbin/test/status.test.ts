import { describe, expect, it } from 'vitest';
import { parseCodes, weightedChoice } from '../src/routes/status.js';
import { json, raw, useServer } from './helpers.js';

describe('/status/{codes}', () => {
  const server = useServer();

  it('answers the code with an empty text/html body', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const r = await raw(`${server().url}/status/201`, { method });
      expect(r.status).toBe(201);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.body.byteLength).toBe(0);
    }
    expect((await raw(`${server().url}/status/599`)).status).toBe(599);
  });

  it('sends httpbin special bodies and headers', async () => {
    const teapot = await raw(`${server().url}/status/418`);
    expect(teapot.status).toBe(418);
    expect(teapot.body.toString()).toContain('teapot');
    expect(teapot.headers['x-more-info']).toBe('http://tools.ietf.org/html/rfc2324');
    const redirect = await raw(`${server().url}/status/302`);
    expect(redirect.headers.location).toBe('/redirect/1');
    const unauthorized = await raw(`${server().url}/status/401`);
    expect(unauthorized.headers['www-authenticate']).toBe('Basic realm="Fake Realm"');
    const proxy = await raw(`${server().url}/status/407`);
    expect(proxy.headers['proxy-authenticate']).toBe('Basic realm="Fake Realm"');
    const notAcceptable = await raw(`${server().url}/status/406`);
    expect(notAcceptable.headers['content-type']).toBe('application/json');
    expect(json(notAcceptable).message).toBe('Client did not request a supported media type.');
    const payment = await raw(`${server().url}/status/402`);
    expect(payment.headers['x-more-info']).toBe('http://vimeo.com/22053820');
    const notModified = await raw(`${server().url}/status/304`);
    expect(notModified.body.byteLength).toBe(0);
  });

  it('picks among several codes, honouring weights', async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 20; i++) seen.add((await raw(`${server().url}/status/200,201`)).status);
    expect([...seen].every((code) => code === 200 || code === 201)).toBe(true);
    for (let i = 0; i < 5; i++) expect((await raw(`${server().url}/status/200:0,202:1`)).status).toBe(202);
  });

  it('answers 400 for an invalid code', async () => {
    for (const codes of ['abc', '200,x', '100', '200:w']) {
      const r = await raw(`${server().url}/status/${codes}`);
      expect(r.status, codes).toBe(400);
      expect(r.body.toString()).toBe('Invalid status code');
    }
  });
});

describe('status code choice', () => {
  it('parses codes and weights', () => {
    expect(parseCodes('200')).toEqual([[200, 1]]);
    expect(parseCodes('200:0.5,500:2')).toEqual([
      [200, 0.5],
      [500, 2],
    ]);
    expect(parseCodes('1000')).toBeUndefined();
  });

  it('chooses by cumulative weight', () => {
    const choices: Array<[number, number]> = [
      [200, 1],
      [500, 3],
    ];
    expect(weightedChoice(choices, () => 0)).toBe(200);
    expect(weightedChoice(choices, () => 0.24)).toBe(200);
    expect(weightedChoice(choices, () => 0.26)).toBe(500);
    expect(weightedChoice(choices, () => 0.999)).toBe(500);
  });
});
