import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import requests, * as named from '../src/index.js';

/** The checked-in public surface: one name per line, namespaces as `ns.name`. */
const expected = readFileSync(new URL('./exports.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

const NAMESPACES = ['adapters', 'auth', 'cookies', 'exceptions', 'utils'] as const;

function surface(): string[] {
  const names = Object.keys(named).filter((name) => name !== 'default');
  const nested = NAMESPACES.flatMap((ns) => Object.keys(named[ns]).map((name) => `${ns}.${name}`));
  return [...names, ...nested].sort();
}

describe('the public surface of reqs', () => {
  it('matches the checked-in list (update test/exports.txt on purpose only)', () => {
    expect(surface()).toEqual([...expected].sort());
  });

  it('the default export holds the same members as the named exports', () => {
    const { default: _default, ...rest } = named;
    expect(Object.keys(requests).sort()).toEqual(Object.keys(rest).sort());
    for (const [name, value] of Object.entries(rest))
      expect(requests[name as keyof typeof requests], name).toBe(value);
  });

  it('groups every error under exceptions, each a named export too, all RequestException but CookieConflictError and NetrcParseError', () => {
    for (const [name, value] of Object.entries(named.exceptions)) {
      expect(named[name as keyof typeof named], name).toBe(value);
      if (name !== 'CookieConflictError' && name !== 'NetrcParseError') {
        expect(new (value as new (m: string) => Error)('x'), name).toBeInstanceOf(named.RequestException);
      }
    }
  });

  it('exports delete under its Python name, and the version from package.json', () => {
    expect(typeof named.delete).toBe('function');
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(named.__version__).toBe(manifest.version);
  });
});
