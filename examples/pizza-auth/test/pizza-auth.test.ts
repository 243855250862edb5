import { AuthBase, Request } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { PizzaAuth } from '../src/index.js';

describe('PizzaAuth (core alone)', () => {
  it('is an AuthBase that sets X-Pizza when a request is prepared', () => {
    const auth = new PizzaAuth('kenneth');
    expect(auth).toBeInstanceOf(AuthBase);
    const prepared = new Request('GET', 'http://pizzabin.example/admin', { auth }).prepare();
    expect(prepared.headers.get('x-pizza')).toBe('kenneth');
  });

  it('keeps the username private', () => {
    expect(JSON.stringify(new PizzaAuth('kenneth'))).toBe('{}');
  });
});
