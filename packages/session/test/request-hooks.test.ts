// The request-side hooks against httpbin: args, preRequest, preSend, postRequest, redirect, retry, error.
import { HTTPAdapter, Retry } from '@reqs/adapters';
import { ConnectionError, type PreparedRequest, Request, Response, type RetryInfo } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { AsyncRequest, Session } from '../src/index.js';
import { httpSession } from './helpers.js';

interface Echo {
  url: string;
  headers: Record<string, string>;
  args: Record<string, string>;
  json: unknown;
}

describe('args and preRequest hooks', () => {
  it('args replaces the arguments before the Request is built (the 0.x X-Testing example)', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const hooks = {
      args: (args: { headers?: unknown }) => ({
        ...args,
        headers: { ...(args.headers as Record<string, string>), 'X-Testing': 'True' },
      }),
    };
    const r = await s.get(`${server.url}/headers`, { hooks: hooks as never });
    expect(r.json<Echo>().headers['X-Testing']).toBe('True');
  });

  it('session hooks run first; preRequest may edit or replace the Request', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const order: string[] = [];
    s.registerHook('args', (a) => {
      order.push('session args');
      return { ...a, params: { from: 'args' } };
    });
    s.registerHook('preRequest', (request) => {
      order.push(`session preRequest ${JSON.stringify(request.params)}`);
      request.json = { edited: true };
    });
    const r = await s.post(`${server.url}/anything`, {
      hooks: {
        args: () => void order.push('request args'),
        preRequest: () => void order.push('request preRequest'),
      },
    });
    expect(order).toEqual([
      'session args',
      'request args',
      'session preRequest {"from":"args"}',
      'request preRequest',
    ]);
    expect(r.json<Echo>()).toMatchObject({ args: { from: 'args' }, json: { edited: true } });
  });

  it('an error thrown in a hook rejects the call before anything is sent', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const sent: string[] = [];
    s.registerHook('preSend', (p) => void sent.push(p.url));
    const boom = new Error('args hook failed');
    await expect(s.get(`${server.url}/get`, { hooks: { args: () => Promise.reject(boom) } })).rejects.toBe(
      boom,
    );
    expect(sent).toEqual([]);
  });
});

describe('preSend and postRequest hooks', () => {
  it('preSend runs on every hop, after auth and cookies, and may edit the request', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.auth = ['user', 'pass'];
    s.cookies.set('c', '1');
    const seen: string[] = [];
    const r = await s.get(`${server.url}/redirect-to?url=/headers`, {
      hooks: {
        preSend: (p, options) => {
          seen.push(
            `${new URL(p.url).pathname} ${p.headers.has('Authorization')} ${p.headers.get('Cookie')} ${options.stream}`,
          );
          p.headers.set('X-Signed', 'yes');
        },
      },
    });
    expect(seen).toEqual(['/redirect-to true c=1 false', '/headers true c=1 false']);
    expect(r.json<Echo>().headers['X-Signed']).toBe('yes');
  });

  it('postRequest sees the response before its body is read and may replace it', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const replacement = new Response();
    replacement.statusCode = 299;
    let unread = '';
    const r = await s.get(`${server.url}/get`, {
      hooks: {
        postRequest: (p, response) => {
          expect(p.url).toBe(`${server.url}/get`);
          unread = (() => {
            try {
              return String(response.content);
            } catch (error) {
              return (error as Error).message;
            }
          })();
          return replacement;
        },
      },
    });
    expect(unread).toMatch(/has not been read yet/);
    expect(r).toBe(replacement);
  });
});

describe('redirect hooks', () => {
  it('may replace the next request or stop following with false', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.get(`${server.url}/redirect/3`, {
      hooks: {
        redirect: (response, next) => {
          expect(response.statusCode).toBe(302);
          if (next.url.endsWith('/relative-redirect/1')) return false;
          next.headers.set('X-Hop', next.url);
          return next;
        },
      },
    });
    expect(r.statusCode).toBe(302);
    expect(r.history).toHaveLength(1);
    expect(r.next?.url).toBe(`${server.url}/relative-redirect/1`);
    expect(r.content).toBeInstanceOf(Uint8Array);
  });
});

describe('retry hooks', () => {
  it('see each retry; preSend runs again; false gives up', async () => {
    const server = await startHttpbin();
    const s = new Session();
    const adapter = new HTTPAdapter({
      maxRetries: new Retry({ total: 3, statusForcelist: [503], backoffFactor: 0 }),
    });
    s.mount('http://', adapter);
    const infos: Pick<RetryInfo, 'attempt' | 'delay'>[] = [];
    let sends = 0;
    const r = await s.get(`${server.url}/status/503`, {
      hooks: {
        preSend: () => void sends++,
        retry: (info) => {
          infos.push({ attempt: info.attempt, delay: info.delay });
          expect(info.response?.statusCode).toBe(503);
          return info.attempt < 2 ? 1 : false;
        },
      },
    });
    await s.close();
    expect(r.statusCode).toBe(503);
    expect(infos).toEqual([
      { attempt: 1, delay: 0 },
      { attempt: 2, delay: 0 },
    ]);
    expect(sends).toBe(2);
  });
});

describe('error hooks', () => {
  it('may recover with a response or replace the error', async () => {
    const s = httpSession();
    const dead = 'http://127.0.0.1:1/nothing';
    const recovered = new Response();
    const seen: PreparedRequest[] = [];
    const r = await s.get(dead, {
      hooks: {
        error: (error, p) => {
          expect(error).toBeInstanceOf(ConnectionError);
          seen.push(p);
          return recovered;
        },
      },
    });
    expect(r).toBe(recovered);
    expect(seen[0]?.url).toBe(dead);
    const replaced = new Error('offline');
    await expect(s.get(dead, { hooks: { error: () => replaced } })).rejects.toBe(replaced);
  });
});

describe('hook lists given as generators (noticed in stop 22)', () => {
  /** A generator of two response hooks that record the status, and how often it was started. */
  function recording(seen: string[]) {
    let started = 0;
    function* hooks() {
      started++;
      yield (r: Response) => {
        seen.push(`first ${r.statusCode}`);
      };
      yield (r: Response) => {
        seen.push(`second ${r.statusCode}`);
      };
    }
    return { hooks, started: () => started };
  }

  it('runs every hook of a generator given to a call, the session or map', async () => {
    const server = await startHttpbin();
    const seen: string[] = [];
    const perCall = recording(seen);
    const s = httpSession();
    await s.get(`${server.url}/status/201`, { hooks: { response: perCall.hooks() } });
    expect(seen).toEqual(['first 201', 'second 201']);
    expect(perCall.started()).toBe(1);

    seen.length = 0;
    const perSession = httpSession({ hooks: { response: recording(seen).hooks() } });
    await perSession.get(`${server.url}/status/202`);
    await perSession.get(`${server.url}/status/203`);
    expect(seen).toEqual(['first 202', 'second 202', 'first 203', 'second 203']);

    seen.length = 0;
    const urls = [`${server.url}/status/204`, `${server.url}/status/205`];
    await s.map(urls, { hooks: { response: recording(seen).hooks() }, size: 1 });
    expect(seen).toEqual(['first 204', 'second 204', 'first 205', 'second 205']);
  });

  it('runs every hook of a generator given to an AsyncRequest or a Request', async () => {
    const server = await startHttpbin();
    const seen: string[] = [];
    const s = httpSession();
    const async = new AsyncRequest('GET', `${server.url}/status/206`, {
      hooks: { response: recording(seen).hooks() },
    });
    const request = new Request('GET', `${server.url}/status/207`, {
      hooks: { response: recording(seen).hooks() },
    });
    await s.map([async, request], { size: 1 });
    expect(seen).toEqual(['first 206', 'second 206', 'first 207', 'second 207']);
  });

  it('still names a hook that is not a function, at its place in the generator', async () => {
    const s = httpSession();
    function* hooks() {
      yield () => undefined;
      yield 'log';
    }
    await expect(s.get('http://127.0.0.1:9/', { hooks: { response: hooks() as never } })).rejects.toThrow(
      /hooks\.response\[1\]/,
    );
  });
});
