import { type Adapter, InvalidSchema, type PreparedRequest, Response } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/index.js';

class FakeAdapter implements Adapter {
  closed = 0;
  constructor(readonly name: string) {}
  async send(request: PreparedRequest): Promise<Response> {
    const r = new Response();
    r.statusCode = 200;
    r.url = request.url;
    r.content = new TextEncoder().encode(this.name);
    return r;
  }
  async close(): Promise<void> {
    this.closed++;
  }
}

describe('mount and getAdapter', () => {
  it('orders prefixes longest first and matches case-insensitively', () => {
    const s = new Session();
    const http = new FakeAdapter('http');
    const api = new FakeAdapter('api');
    const apiV2 = new FakeAdapter('apiV2');
    s.mount('http://', http);
    s.mount('http://api.example.com/v2', apiV2);
    s.mount('http://api.example.com', api);
    expect([...s.adapters.keys()]).toEqual([
      'http://api.example.com/v2',
      'http://api.example.com',
      'http://',
    ]);
    expect(s.getAdapter('http://api.example.com/v2/x')).toBe(apiV2);
    expect(s.getAdapter('HTTP://API.example.com/v1')).toBe(api);
    expect(s.getAdapter('http://other/')).toBe(http);
    const replaced = new FakeAdapter('replaced');
    s.mount('http://', replaced);
    expect([...s.adapters.keys()].at(-1)).toBe('http://');
    expect(s.getAdapter('http://other/')).toBe(replaced);
  });

  it('throws InvalidSchema with Requests message when nothing matches', () => {
    const s = new Session();
    s.mount('https://', new FakeAdapter('https'));
    expect(() => s.getAdapter('http://x/')).toThrow(InvalidSchema);
    expect(() => s.getAdapter('ftp://x/')).toThrow("No connection adapters were found for 'ftp://x/'");
  });

  it('sends through the matching adapter', async () => {
    const s = new Session();
    s.mount('http://', new FakeAdapter('general'));
    s.mount('http://special', new FakeAdapter('special'));
    expect((await s.get('http://special/x')).text).toBe('special');
    expect((await s.get('http://other/x')).text).toBe('general');
  });
});

describe('close', () => {
  it('closes every adapter once, also through Symbol.asyncDispose', async () => {
    const shared = new FakeAdapter('shared');
    const other = new FakeAdapter('other');
    {
      await using s = new Session();
      s.mount('http://', shared);
      s.mount('https://', shared);
      s.mount('unix://', other);
    }
    expect([shared.closed, other.closed]).toEqual([1, 1]);
  });

  it('closes the others when one fails, then throws its error', async () => {
    const s = new Session();
    const failing = new FakeAdapter('failing');
    failing.close = () => Promise.reject(new Error('close failed'));
    const ok = new FakeAdapter('ok');
    s.mount('a://', failing);
    s.mount('b://', ok);
    await expect(s.close()).rejects.toThrow('close failed');
    expect(ok.closed).toBe(1);
  });
});
