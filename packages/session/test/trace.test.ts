// Verbose lines, diagnostics channels and response.timings against httpbin.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { HTTPAdapter, Retry } from '@reqs/adapters';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CHANNELS, Session, settings } from '../src/index.js';
import { httpSession } from './helpers.js';

const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z {3}[A-Z]+ {3}\S+$/;

function collect(): { lines: string[]; write(line: string): void } {
  const lines: string[] = [];
  return { lines, write: (line) => void lines.push(line) };
}

function listen(): Array<[string, Record<string, unknown>]> {
  const seen: Array<[string, Record<string, unknown>]> = [];
  for (const name of Object.values(CHANNELS)) {
    const listener = (message: unknown) => void seen.push([name, message as Record<string, unknown>]);
    subscribe(name, listener);
    onTestFinished(() => void unsubscribe(name, listener));
  }
  return seen;
}

describe('verbose', () => {
  it('writes one line per request sent, redirect hops included, with the password redacted', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const out = collect();
    s.verbose = out;
    const withPassword = server.url.replace('http://', 'http://user:secret@');
    await s.get(`${withPassword}/redirect/2`);
    expect(out.lines).toHaveLength(3);
    for (const line of out.lines) expect(line.trimEnd()).toMatch(LINE);
    expect(out.lines[0]).toContain(`   GET   ${server.url}/redirect/2\n`);
    expect(out.lines.join('')).not.toContain('secret');
    expect(out.lines[2]).toContain('/get');
  });

  it('falls back on settings.verbose; retries are lines too', async () => {
    const server = await startHttpbin();
    const out = collect();
    settings.verbose = out;
    onTestFinished(() => {
      settings.verbose = null;
    });
    const s = new Session();
    s.mount(
      'http://',
      new HTTPAdapter({
        maxRetries: new Retry({ total: 2, statusForcelist: [503], backoffFactor: 0, raiseOnStatus: false }),
      }),
    );
    onTestFinished(() => s.close());
    await s.get(`${server.url}/status/503`);
    expect(out.lines).toHaveLength(3);
    expect(out.lines.every((line) => line.includes('   GET   ') && line.endsWith('/status/503\n'))).toBe(
      true,
    );
  });
});

describe('diagnostics channels', () => {
  it('publish start, redirect and end with one id per call, and the timings', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const seen = listen();
    const r = await s.get(`${server.url}/redirect/1`);
    expect(seen.map(([name]) => name)).toEqual([CHANNELS.start, CHANNELS.redirect, CHANNELS.end]);
    const ids = new Set(seen.map(([, m]) => m.id));
    expect(ids.size).toBe(1);
    const end = seen[2]?.[1];
    expect(end?.response).toBe(r);
    expect(end?.timings).toBe(r.timings);
  });

  it('publish error for a failed call and retry for each retry', async () => {
    const server = await startHttpbin();
    const s = new Session();
    s.mount(
      'http://',
      new HTTPAdapter({ maxRetries: new Retry({ total: 1, statusForcelist: [500], backoffFactor: 0 }) }),
    );
    onTestFinished(() => s.close());
    const seen = listen();
    await expect(s.get(`${server.url}/status/500`)).rejects.toThrow();
    expect(seen.map(([name]) => name)).toEqual([CHANNELS.start, CHANNELS.retry, CHANNELS.error]);
    expect(seen[1]?.[1]).toMatchObject({ attempt: 1, delay: 0 });
    expect(new Set(seen.map(([, m]) => m.id)).size).toBe(1);
  });
});

describe('response.timings', () => {
  it('has the phases of a new connection, then of a pooled one, in order', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const first = await s.get(`${server.url}/bytes/1000`);
    const t = first.timings;
    expect(t).not.toBeNull();
    expect(Math.abs((t?.start ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(t?.response).toBe(first.elapsed);
    const order = [t?.connect, t?.socket, t?.upload, t?.response, t?.end];
    for (const value of order) expect(typeof value).toBe('number');
    expect([...(order as number[])].sort((a, b) => a - b)).toEqual(order);
    expect(t?.total).toBe(t?.end);
    const second = await s.get(`${server.url}/get`);
    expect(second.timings?.connect).toBeUndefined();
    expect(second.timings?.end).toBeGreaterThanOrEqual(second.timings?.response ?? Infinity);
  });
});
