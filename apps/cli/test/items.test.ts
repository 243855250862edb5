// Request items parsed without a process: separators, escapes and nested JSON paths.
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/format-json.js';
import { parseKeyPath } from '../src/nested-json.js';
import { createPaint } from '../src/paint.js';
import { parseRequestItems, splitItem } from '../src/request-items.js';
import { expandUrl } from '../src/url-shorthand.js';

describe('request items', () => {
  it('split at the earliest separator, the longest at that position', () => {
    expect(splitItem('a:=1')).toEqual({ key: 'a', sep: ':=', value: '1' });
    expect(splitItem('a==b=c')).toEqual({ key: 'a', sep: '==', value: 'b=c' });
    expect(splitItem('X-Url:http://x')).toEqual({ key: 'X-Url', sep: ':', value: 'http://x' });
    expect(splitItem('f@a=b')).toEqual({ key: 'f', sep: '@', value: 'a=b' });
    expect(splitItem('f:=@x.json')).toEqual({ key: 'f', sep: ':=@', value: 'x.json' });
    expect(splitItem('a\\:b=c')).toEqual({ key: 'a:b', sep: '=', value: 'c' });
    expect(splitItem('plain')).toBeNull();
  });

  it('build nested JSON and refuse mixing a list with keys', () => {
    expect(parseKeyPath('a[b][0]')).toEqual(['a', 'b', 0]);
    expect(parseKeyPath('a[]')).toEqual(['a', null]);
    expect(parseKeyPath('odd]key')).toEqual(['odd]key']);
    const items = parseRequestItems(['a[b]=1', 'a[c][]=2', 'a[c][]=3', '__proto__[x]=y']);
    expect(Object.fromEntries(items.data)).toEqual({
      a: { b: '1', c: ['2', '3'] },
      ['__proto__']: { x: 'y' },
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(() => parseRequestItems(['a[]=1', 'a[k]=2'])).toThrow(/cannot set key 'k' on a list/);
  });

  it('expand URL shorthands', () => {
    expect(expandUrl(':3000/x', 'http')).toBe('http://localhost:3000/x');
    expect(expandUrl(':/x', 'http')).toBe('http://localhost/x');
    expect(expandUrl(':', 'https')).toBe('https://localhost/');
    expect(expandUrl('example.org/a', 'https')).toBe('https://example.org/a');
    expect(expandUrl('HTTP://example.org', 'https')).toBe('HTTP://example.org');
  });
});

describe('formatted JSON', () => {
  it('is indented by 4 with keys sorted, as HTTPie formats it', () => {
    const plain = createPaint(false);
    expect(formatJson({ b: 1, a: [true, null, 'x'], c: {} }, plain)).toBe(
      '{\n    "a": [\n        true,\n        null,\n        "x"\n    ],\n    "b": 1,\n    "c": {}\n}',
    );
  });
});
