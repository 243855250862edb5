import { describe, expect, it } from 'vitest';
import { dispatchHook, type ResponseHook } from '../src/hooks.js';
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
