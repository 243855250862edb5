import { describe, expect, it } from 'vitest';
import {
  dispatchHook,
  HOOKS,
  hasHooks,
  materializeHooks,
  PreparedRequest,
  type PreSendHook,
  Request,
  type ResponseHook,
  runArgsHooks,
  runErrorHooks,
  runPostRequestHooks,
  runPreRequestHooks,
  runPreSendHooks,
  runRedirectHooks,
  runRetryHooks,
} from '../src/index.js';
import { Response } from '../src/response.js';
import type { SendOptions } from '../src/send-options.js';

const options: SendOptions = { stream: false, verify: true, proxies: {} };

describe('dispatchHook', () => {
  it('returns the response when there are no hooks', async () => {
    const r = new Response();
    expect(await dispatchHook(null, 'response', r, options)).toBe(r);
    expect(await dispatchHook({}, 'response', r, options)).toBe(r);
    expect(await dispatchHook({ response: [] }, 'response', r, options)).toBe(r);
  });

  it('runs hooks in order; a returned response replaces, nothing keeps', async () => {
    const first = new Response();
    const second = new Response();
    const seen: Response[] = [];
    const hooks: ResponseHook[] = [
      (r) => void seen.push(r),
      async (r) => {
        seen.push(r);
        return second;
      },
      (r, o) => {
        seen.push(r);
        expect(o).toBe(options);
      },
    ];
    expect(await dispatchHook({ response: hooks }, 'response', first, options)).toBe(second);
    expect(seen).toEqual([first, first, second]);
  });

  it('accepts a single hook', async () => {
    const replaced = new Response();
    expect(await dispatchHook({ response: () => replaced }, 'response', new Response(), options)).toBe(
      replaced,
    );
  });

  it('propagates a hook error', async () => {
    const boom: ResponseHook = () => {
      throw new Error('boom');
    };
    await expect(dispatchHook({ response: boom }, 'response', new Response(), options)).rejects.toThrow(
      'boom',
    );
  });
});

describe('request-side hooks', () => {
  it('registers every event, creating a list only when a hook arrives', () => {
    const p = new PreparedRequest();
    expect(p.hooks).toEqual({ response: [] });
    const send: PreSendHook = () => {};
    p.registerHook('preSend', send);
    p.registerHook('retry', [() => {}, () => false]);
    expect(p.hooks.preSend).toEqual([send]);
    expect(p.hooks.retry).toHaveLength(2);
    expect(p.deregisterHook('preSend', send)).toBe(true);
    expect(p.deregisterHook('preSend', send)).toBe(false);
    expect(() => p.registerHook('nope' as 'args', () => {})).toThrow(TypeError);
    expect(HOOKS).toEqual([
      'args',
      'preRequest',
      'preSend',
      'postRequest',
      'response',
      'redirect',
      'retry',
      'error',
    ]);
  });

  it('copy() copies every list', () => {
    const p = new PreparedRequest();
    p.registerHook('error', () => {});
    const copy = p.copy();
    copy.registerHook('error', () => {});
    expect(p.hooks.error).toHaveLength(1);
    expect(copy.hooks.error).toHaveLength(2);
  });

  it('args and preRequest hooks replace what they return, keep it otherwise', async () => {
    const args = await runArgsHooks(
      { args: [(a) => ({ ...a, headers: { 'X-Testing': 'True' } }), () => {}] },
      { method: 'GET', url: 'http://x/' },
    );
    expect(args).toEqual({ method: 'GET', url: 'http://x/', headers: { 'X-Testing': 'True' } });
    const other = new Request('POST', 'http://y/');
    expect(await runPreRequestHooks({ preRequest: () => other }, new Request())).toBe(other);
    expect(await runPreRequestHooks(null, other)).toBe(other);
  });

  it('preSend, postRequest and redirect hooks run from the request', async () => {
    const p = new Request('GET', 'http://x/', {
      hooks: {
        preSend: (q) => void q.headers.set('X-Sent', '1'),
        postRequest: () => replaced,
        redirect: () => false,
      },
    }).prepare();
    const replaced = new Response();
    expect(await runPreSendHooks(p, options)).toBe(p);
    expect(p.headers.get('X-Sent')).toBe('1');
    expect(await runPostRequestHooks(p, new Response())).toBe(replaced);
    expect(await runRedirectHooks(p.hooks, new Response(), p.copy())).toBeNull();
    expect(await runRedirectHooks({ redirect: () => true }, new Response(), p)).toBe(p);
  });

  it('retry hooks may change the delay or give up', async () => {
    const p = new PreparedRequest();
    expect(await runRetryHooks({ request: p, attempt: 1, delay: 5 })).toBe(5);
    p.registerHook('retry', ({ delay }) => delay * 2);
    expect(await runRetryHooks({ request: p, attempt: 1, delay: 5 })).toBe(10);
    p.registerHook('retry', () => false);
    expect(await runRetryHooks({ request: p, attempt: 1, delay: 5 })).toBeNull();
  });

  it('error hooks recover with a response or replace the error', async () => {
    const p = new PreparedRequest();
    const original = new Error('first');
    expect(await runErrorHooks(p, original)).toEqual({ error: original });
    const replacement = new Error('second');
    p.registerHook('error', () => replacement);
    expect(await runErrorHooks(p, original)).toEqual({ error: replacement });
    const recovered = new Response();
    p.registerHook('error', (e) => (e === replacement ? recovered : undefined));
    expect(await runErrorHooks(p, original)).toEqual({ response: recovered });
  });

  it('hasHooks tells registered events apart', () => {
    expect(hasHooks(null, 'preSend')).toBe(false);
    expect(hasHooks({ response: [] }, 'response')).toBe(false);
    expect(hasHooks({ preSend: () => {} }, 'preSend')).toBe(true);
  });
});

describe('PreparedRequest#prepareHooks', () => {
  const first: ResponseHook = () => {};
  const second: ResponseHook = () => {};
  const before: PreSendHook = () => {};

  it('registers one hook or a list per event, after the hooks already there', () => {
    const p = new PreparedRequest();
    p.registerHook('response', first);
    p.prepareHooks({ response: [second, first], preSend: before });
    expect(p.hooks.response).toEqual([first, second, first]);
    expect(p.hooks.preSend).toEqual([before]);
  });

  it('does nothing for null, undefined or an empty object', () => {
    const p = new PreparedRequest();
    p.prepareHooks(null);
    p.prepareHooks(undefined);
    p.prepareHooks({});
    expect(p.hooks.response).toEqual([]);
    expect(p.hooks.preSend ?? []).toEqual([]);
  });

  it('is what prepare({ hooks }) does, and copies keep the lists apart', () => {
    const p = new PreparedRequest().prepare({
      method: 'GET',
      url: 'http://example.com/',
      hooks: { response: first },
    });
    expect(p.hooks.response).toEqual([first]);
    const copy = p.copy();
    copy.prepareHooks({ response: second });
    expect(copy.hooks.response).toEqual([first, second]);
    expect(p.hooks.response).toEqual([first]);
  });
});

describe('hook lists given as generators (noticed in stop 22)', () => {
  const first: ResponseHook = () => undefined;
  const second: ResponseHook = () => undefined;
  function* both() {
    yield first;
    yield second;
  }

  it('materializeHooks reads a generator once into an array, leaving the caller’s objects alone', () => {
    const hooks = { response: both(), preSend: [] };
    const options = { hooks, stream: true };
    const out = materializeHooks(options);
    expect(out).not.toBe(options);
    expect(out).toEqual({ hooks: { response: [first, second], preSend: [] }, stream: true });
    expect(options.hooks).toBe(hooks);
    const plain = { hooks: { response: [first] } };
    expect(materializeHooks(plain)).toBe(plain);
    expect(materializeHooks({})).toEqual({});
  });

  it('new Request and PreparedRequest.prepare register every hook of a generator', () => {
    expect(new Request('GET', 'http://example.com/', { hooks: { response: both() } }).hooks.response).toEqual(
      [first, second],
    );
    const p = new PreparedRequest().prepare({
      method: 'GET',
      url: 'http://example.com/',
      hooks: { response: both() },
    });
    expect(p.hooks.response).toEqual([first, second]);
  });
});
