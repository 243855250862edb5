import { inspect, types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';

describe('CaseInsensitiveDict', () => {
  it('looks keys up in any casing and reports the casing last set', () => {
    const h = new CaseInsensitiveDict({ 'Content-Type': 'text/html' });
    expect(h.get('content-type')).toBe('text/html');
    expect(h.get('CONTENT-TYPE')).toBe('text/html');
    expect(h.has('cOnTeNt-TyPe')).toBe(true);
    h.set('content-TYPE', 'application/json');
    expect([...h.keys()]).toEqual(['content-TYPE']);
    expect(h.get('Content-Type')).toBe('application/json');
    expect(h.size).toBe(1);
  });

  it('keeps insertion order when a key is set again', () => {
    const h = new CaseInsensitiveDict<string>([
      ['A', '1'],
      ['B', '2'],
    ]);
    h.set('a', '3');
    expect([...h]).toEqual([
      ['a', '3'],
      ['B', '2'],
    ]);
    expect([...h.values()]).toEqual(['3', '2']);
    expect([...h.lowerItems()]).toEqual([
      ['a', '3'],
      ['b', '2'],
    ]);
  });

  it('appends values: get joins them, getAll keeps them apart', () => {
    const h = new CaseInsensitiveDict<string>();
    h.append('Set-Cookie', 'a=1').append('set-cookie', 'b=2');
    expect(h.get('SET-COOKIE')).toBe('a=1, b=2');
    expect(h.getAll('set-cookie')).toEqual(['a=1', 'b=2']);
    expect([...h.entries()]).toEqual([['Set-Cookie', 'a=1, b=2']]);
    expect(h.getAll('missing')).toEqual([]);
    h.set('Set-Cookie', 'c=3');
    expect(h.getAll('set-cookie')).toEqual(['c=3']);
  });

  it('deletes and clears', () => {
    const h = new CaseInsensitiveDict({ A: '1', B: '2' });
    expect(h.delete('a')).toBe(true);
    expect(h.delete('a')).toBe(false);
    expect(h.get('A')).toBeUndefined();
    h.clear();
    expect(h.size).toBe(0);
  });

  it('updates from objects, pairs, Headers, Maps and other dicts (keeping repeated values)', () => {
    const h = new CaseInsensitiveDict<string>({ Accept: '*/*' });
    h.update({ accept: 'text/html' });
    h.update([['X-A', '1']]);
    h.update(new Headers({ 'x-b': '2' }));
    h.update(new Map([['X-C', '3']]));
    const other = new CaseInsensitiveDict<string>();
    other.append('X-D', '4').append('x-d', '5');
    h.update(other);
    expect(h.toJSON()).toEqual({ accept: 'text/html', 'X-A': '1', 'x-b': '2', 'X-C': '3', 'X-D': '4, 5' });
    expect(h.getAll('x-d')).toEqual(['4', '5']);
    other.append('x-d', '6');
    expect(h.getAll('x-d')).toEqual(['4', '5']);
  });

  it('copies independently and compares case-insensitively', () => {
    const h = new CaseInsensitiveDict({ Accept: 'a', 'X-Y': 'b' });
    const c = h.copy();
    c.set('accept', 'changed');
    expect(h.get('accept')).toBe('a');
    expect(h.equals({ ACCEPT: 'a', 'x-y': 'b' })).toBe(true);
    expect(h.equals(new CaseInsensitiveDict({ accept: 'a', 'x-y': 'b' }))).toBe(true);
    expect(h.equals({ accept: 'a' })).toBe(false);
    expect(h.equals({ accept: 'A', 'x-y': 'b' })).toBe(false);
    expect(h.equals(c)).toBe(false);
  });

  it('holds null values (session headers that are not sent)', () => {
    const h = new CaseInsensitiveDict<string | null>({ 'User-Agent': null });
    expect(h.has('user-agent')).toBe(true);
    expect(h.get('user-agent')).toBeNull();
  });

  it('keeps "__proto__" and "constructor" as ordinary keys', () => {
    const h = new CaseInsensitiveDict<string>(JSON.parse('{"__proto__": "x", "constructor": "y"}'));
    expect(h.get('__proto__')).toBe('x');
    expect(h.get('constructor')).toBe('y');
    const json = h.toJSON();
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(Object.keys(json)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(h)).toBe('{"__proto__":"x","constructor":"y"}');
  });

  it('inspects as its entries', () => {
    expect(inspect(new CaseInsensitiveDict({ A: '1' }))).toBe("CaseInsensitiveDict { A: '1' }");
  });
});

describe('CaseInsensitiveDict view (bracket access)', () => {
  it('reads, writes, deletes and tests keys in any casing', () => {
    const h = new CaseInsensitiveDict({ 'Content-Type': 'text/html' });
    const v = h.view();
    expect(v['content-type']).toBe('text/html');
    expect(v['CONTENT-TYPE']).toBe('text/html');
    expect(v['x-missing']).toBeUndefined();
    v['X-Added'] = '1';
    expect(h.get('x-added')).toBe('1');
    expect('x-ADDED' in v).toBe(true);
    delete v['x-added'];
    expect(h.has('X-Added')).toBe(false);
  });

  it('is created once and forwards methods and size', () => {
    const h = new CaseInsensitiveDict({ A: '1' });
    const v = h.view();
    expect(h.view()).toBe(v);
    expect(v.view()).toBe(v);
    expect(v.get('a')).toBe('1');
    v.set('B', '2');
    expect(v.size).toBe(2);
    expect([...v]).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
    expect(v.copy()).toBeInstanceOf(CaseInsensitiveDict);
    expect(v instanceof CaseInsensitiveDict).toBe(true);
    expect(h.equals(v)).toBe(true);
    expect(new CaseInsensitiveDict(v).getAll('a')).toEqual(['1']);
  });

  it('spreads and serialises as a plain object of the headers', () => {
    const v = new CaseInsensitiveDict({ Accept: '*/*', 'X-A': '1' }).view();
    expect({ ...v }).toEqual({ Accept: '*/*', 'X-A': '1' });
    expect(Object.keys(v)).toEqual(['Accept', 'X-A']);
    expect(JSON.stringify(v)).toBe('{"Accept":"*/*","X-A":"1"}');
  });

  it('keeps method names for the methods', () => {
    const v = new CaseInsensitiveDict({ get: 'header' }).view();
    expect(typeof v.get).toBe('function');
    expect(v.get('GET')).toBe('header');
  });
});

describe('CaseInsensitiveDict built by a user (Requests’ dict interface)', () => {
  it('answers bracket get, set and delete in any casing, as response.headers does', () => {
    const d = new CaseInsensitiveDict({ Accept: 'application/json' });
    expect(d.accept).toBe('application/json');
    expect(d['ACCEPT']).toBe('application/json');
    d['ACCEPT'] = 'text/html';
    expect(d.get('accept')).toBe('text/html');
    expect([...d.keys()]).toEqual(['ACCEPT']);
    delete d.accept;
    expect(d.size).toBe(0);
    expect('accept' in d).toBe(false);
    d['Content-Type'] = 'text/plain';
    expect({ ...d }).toEqual({ 'Content-Type': 'text/plain' });
    expect(d instanceof CaseInsensitiveDict).toBe(true);
    expect(d.constructor.name).toBe('CaseInsensitiveDict');
  });

  it('has get(key, default), setdefault / setDefault, items, keys, values, lowerItems', () => {
    const d = new CaseInsensitiveDict<string>({ Accept: 'a' });
    expect(d.get('missing', 'fallback')).toBe('fallback');
    expect(d.get('ACCEPT', 'fallback')).toBe('a');
    expect(d.get('missing')).toBeUndefined();
    expect(d.setdefault('accept', 'other')).toBe('a');
    expect(d.setdefault('X-New', 'n')).toBe('n');
    expect(d.setDefault('x-new', 'ignored')).toBe('n');
    expect(d['x-NEW']).toBe('n');
    expect([...d.items()]).toEqual([
      ['Accept', 'a'],
      ['X-New', 'n'],
    ]);
    expect([...d.keys()]).toEqual(['Accept', 'X-New']);
    expect([...d.values()]).toEqual(['a', 'n']);
    expect([...d.lowerItems()]).toEqual([
      ['accept', 'a'],
      ['x-new', 'n'],
    ]);
  });

  it('preserves the case of the last key set (Requests’ test_preserve_last_key_case)', () => {
    const d = new CaseInsensitiveDict<string>({ Accept: 'application/json', 'user-Agent': 'requests' });
    d.update({ ACCEPT: 'application/json' });
    d['USER-AGENT'] = 'requests';
    expect(new Set(d.keys())).toEqual(new Set(['ACCEPT', 'USER-AGENT']));
  });

  it('copies into an independent dict that answers brackets too', () => {
    const d = new CaseInsensitiveDict({ Accept: 'a' });
    const c = d.copy();
    c['accept'] = 'changed';
    expect(d.accept).toBe('a');
    expect(c.ACCEPT).toBe('changed');
    expect(c).not.toBe(d);
    expect(c instanceof CaseInsensitiveDict).toBe(true);
  });

  it('equals any mapping, and is never equal to null or a non-mapping (no throw)', () => {
    const d = new CaseInsensitiveDict({ Accept: 'a', 'X-Y': 'b' });
    expect(d.equals({ accept: 'a', 'x-y': 'b' })).toBe(true);
    expect(
      d.equals(
        new Map([
          ['ACCEPT', 'a'],
          ['x-Y', 'b'],
        ]),
      ),
    ).toBe(true);
    expect(d.equals(new Headers({ accept: 'a', 'x-y': 'b' }))).toBe(true);
    expect(d.equals(CaseInsensitiveDict.plain({ accept: 'a', 'x-y': 'b' }))).toBe(true);
    const custom = {
      items: () =>
        [
          ['Accept', 'a'],
          ['X-Y', 'b'],
        ] as const,
    };
    expect(d.equals(custom)).toBe(true);
    for (const other of [
      null,
      undefined,
      'Accept',
      42,
      [
        ['Accept', 'a'],
        ['X-Y', 'b'],
      ],
      new Date(0),
      { items: () => 5 },
    ]) {
      expect(d.equals(other), String(other)).toBe(false);
    }
  });
});

describe('CaseInsensitiveDict.plain (what library code builds)', () => {
  it('is the dict without its Proxy; view() adds bracket access later', () => {
    const plain = CaseInsensitiveDict.plain({ Accept: 'a' });
    expect(types.isProxy(plain)).toBe(false);
    expect(types.isProxy(new CaseInsensitiveDict())).toBe(true);
    expect((plain as unknown as Record<string, unknown>).accept).toBeUndefined();
    expect(plain.view().accept).toBe('a');
    expect(plain instanceof CaseInsensitiveDict).toBe(true);
  });
});
