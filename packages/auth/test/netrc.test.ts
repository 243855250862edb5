import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getNetrcAuth } from '../src/get-netrc-auth.js';
import { NetrcParseError } from '../src/netrc-parse-error.js';
import { parseNetrc } from '../src/parse-netrc.js';

describe('parseNetrc', () => {
  const entry = (login: string, account: string, password: string) => ({ login, account, password });

  it.each([
    ['one machine on a line', 'machine a.org login u password p', 'a.org', entry('u', '', 'p')],
    ['entries across lines', 'machine a.org\n  login u\n  password p\n', 'a.org', entry('u', '', 'p')],
    ['user is an alias of login', 'machine a.org user u password p', 'a.org', entry('u', '', 'p')],
    ['account', 'machine a.org login u account acc password p', 'a.org', entry('u', 'acc', 'p')],
    ['missing fields are empty', 'machine a.org login u', 'a.org', entry('u', '', '')],
    [
      'quoted tokens with spaces',
      'machine a.org login "u v" password "p w"',
      'a.org',
      entry('u v', '', 'p w'),
    ],
    ['backslash escapes', 'machine a.org login u\\ v password "p\\"q"', 'a.org', entry('u v', '', 'p"q')],
    ['tabs and CRLF', 'machine\ta.org\r\nlogin\tu\r\npassword\tp\r\n', 'a.org', entry('u', '', 'p')],
    [
      'default applies to other hosts',
      'machine a.org login u password p\ndefault login d password dp',
      'b.org',
      entry('d', '', 'dp'),
    ],
    [
      'machine beats default',
      'default login d password dp\nmachine a.org login u password p',
      'a.org',
      entry('u', '', 'p'),
    ],
    [
      'a later entry replaces an earlier one',
      'machine a.org login 1\nmachine a.org login 2',
      'a.org',
      entry('2', '', ''),
    ],
    [
      'host names compare case-insensitively',
      'machine A.Org login u password p',
      'a.org',
      entry('u', '', 'p'),
    ],
    [
      'comment lines',
      '# my hosts\nmachine a.org # the server\n login u # me\n password p',
      'a.org',
      entry('u', '', 'p'),
    ],
    [
      'a password starting with # is a password',
      'machine a.org login u password #secret',
      'a.org',
      entry('u', '', '#secret'),
    ],
    [
      'macdef is skipped up to an empty line',
      'macdef init\ncd /pub\nbinary\n\nmachine a.org login u password p',
      'a.org',
      entry('u', '', 'p'),
    ],
    [
      'macdef between entries',
      'machine a.org login u password p\nmacdef m\nls\n\nmachine b.org login v',
      'a.org',
      entry('u', '', 'p'),
    ],
  ])('%s', (_name, text, host, expected) => {
    expect(parseNetrc(text).authenticators(host)).toEqual(expected);
  });

  it('returns null for an unknown host without default', () => {
    expect(parseNetrc('machine a.org login u password p').authenticators('b.org')).toBeNull();
    expect(parseNetrc('').authenticators('a.org')).toBeNull();
  });

  it('keeps machines, default and macros apart', () => {
    const netrc = parseNetrc('machine a.org login u\ndefault login d\nmacdef m\nline 1\nline 2\n\n');
    expect([...netrc.machines.keys()]).toEqual(['a.org']);
    expect(netrc.default).toEqual(entry('d', '', ''));
    expect(netrc.macros.get('m')).toEqual(['line 1\n', 'line 2\n']);
  });

  it('treats __proto__ and constructor as ordinary host names', () => {
    const netrc = parseNetrc('machine __proto__ login a\nmachine constructor login b');
    expect(netrc.authenticators('__proto__')?.login).toBe('a');
    expect(netrc.authenticators('constructor')?.login).toBe('b');
    expect(netrc.authenticators('toString')).toBeNull();
  });

  it.each([
    ['an unknown top-level token', 'host a.org', 'bad toplevel token "host"', 1],
    ['an unknown follower', 'machine a.org\nlogin u\nport 21', 'bad follower token "port"', 3],
    ['a machine without a name', 'machine', "missing 'machine' name", 1],
    [
      'a macdef without its empty line',
      'macdef m\nls\n',
      'Macro definition missing null line terminator.',
      3,
    ],
  ])('throws NetrcParseError on %s', (_name, text, msg, lineno) => {
    const error = (() => {
      try {
        parseNetrc(text, '/home/me/.netrc');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(NetrcParseError);
    expect(error).toMatchObject({ msg, lineno, filename: '/home/me/.netrc' });
    expect((error as Error).message).toBe(`${msg} (/home/me/.netrc, line ${lineno})`);
  });

  it('parses a large file in linear time', () => {
    const text = 'machine h login u password p\n'.repeat(50_000) + `password "${'x'.repeat(200_000)}`;
    const started = performance.now();
    expect(parseNetrc(text).authenticators('h')?.password).toHaveLength(200_000);
    expect(performance.now() - started).toBeLessThan(5_000); // linear: ms; quadratic: minutes
  });
});

describe('getNetrcAuth', () => {
  let dir: string;
  const saved = { NETRC: process.env.NETRC, HOME: process.env.HOME };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reqs-netrc-'));
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  function useNetrc(text: string, name = 'netrc'): string {
    const path = join(dir, name);
    writeFileSync(path, text, { mode: 0o600 });
    process.env.NETRC = path;
    return path;
  }

  it('finds the host of the URL, ignoring port, path and userinfo', () => {
    useNetrc('machine example.org login me password secret\nmachine 127.0.0.1 login lo password pw');
    expect(getNetrcAuth('https://example.org/a/b?c=d')).toEqual(['me', 'secret']);
    expect(getNetrcAuth('http://EXAMPLE.org:8080/')).toEqual(['me', 'secret']);
    expect(getNetrcAuth('http://x:y@example.org/')).toEqual(['me', 'secret']);
    expect(getNetrcAuth('http://127.0.0.1:5000/get')).toEqual(['lo', 'pw']);
  });

  it('never gives one host the credentials of another', () => {
    useNetrc('machine example.org login me password secret');
    expect(getNetrcAuth('https://evil.org/')).toBeNull();
    expect(getNetrcAuth('https://example.org.evil.org/')).toBeNull();
    expect(getNetrcAuth('https://sub.example.org/')).toBeNull();
    expect(getNetrcAuth('https://org/')).toBeNull();
    expect(getNetrcAuth('https://localhost/')).toBeNull();
  });

  it('matches IPv6 hosts without brackets', () => {
    useNetrc('machine ::1 login six password pw');
    expect(getNetrcAuth('http://[::1]:8080/')).toEqual(['six', 'pw']);
  });

  it('uses the account when there is no login, as Requests', () => {
    useNetrc('machine a.org account acc password p');
    expect(getNetrcAuth('http://a.org/')).toEqual(['acc', 'p']);
  });

  it('gives nothing for an entry without login and password, or with both empty (issue 13)', () => {
    useNetrc('machine a.org\nmachine b.org login "" password ""\ndefault');
    expect(getNetrcAuth('http://a.org/')).toBeNull();
    expect(getNetrcAuth('http://b.org/')).toBeNull();
    expect(getNetrcAuth('http://c.org/')).toBeNull();
    useNetrc('machine a.org login u\nmachine b.org password p');
    expect(getNetrcAuth('http://a.org/')).toEqual(['u', '']);
    expect(getNetrcAuth('http://b.org/')).toEqual(['', 'p']);
  });

  it('falls back to the default entry', () => {
    useNetrc('machine a.org login u password p\ndefault login anon password guest');
    expect(getNetrcAuth('http://b.org/')).toEqual(['anon', 'guest']);
  });

  it('returns null for unparseable URLs and missing files', () => {
    useNetrc('default login u password p');
    expect(getNetrcAuth('not a url')).toBeNull();
    process.env.NETRC = join(dir, 'missing');
    expect(getNetrcAuth('http://a.org/')).toBeNull();
  });

  it('swallows parse errors unless raiseErrors', () => {
    useNetrc('machine a.org login u bogus x');
    expect(getNetrcAuth('http://a.org/')).toBeNull();
    expect(() => getNetrcAuth('http://a.org/', { raiseErrors: true })).toThrow(NetrcParseError);
  });

  it('reads the file again after it changes (parsed once, not served stale)', () => {
    const path = join(dir, 'changing');
    writeFileSync(path, 'machine a.org login first password p1');
    process.env.NETRC = path;
    expect(getNetrcAuth('http://a.org/')).toEqual(['first', 'p1']);
    expect(getNetrcAuth('http://a.org/x')).toEqual(['first', 'p1']);
    writeFileSync(path, 'machine a.org login second password p2-longer');
    expect(getNetrcAuth('http://a.org/')).toEqual(['second', 'p2-longer']);
    rmSync(path);
    expect(getNetrcAuth('http://a.org/')).toBeNull();
  });

  it('with maxAge, reuses what the file system said until it is that old, then asks again', () => {
    // A faked clock: "within maxAge" cannot be stretched past maxAge by a busy machine.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const path = join(dir, 'aged');
      const maxAge = 150;
      process.env.NETRC = path;
      expect(getNetrcAuth('http://a.org/', { maxAge })).toBeNull();
      writeFileSync(path, 'machine a.org login first password p1');
      // Within maxAge the missing file stays missing; without maxAge it is seen at once.
      vi.advanceTimersByTime(maxAge - 1);
      expect(getNetrcAuth('http://a.org/', { maxAge })).toBeNull();
      vi.advanceTimersByTime(1);
      expect(getNetrcAuth('http://a.org/')).toEqual(['first', 'p1']);
      expect(getNetrcAuth('http://a.org/', { maxAge })).toEqual(['first', 'p1']);
      writeFileSync(path, 'machine a.org login second password p2-longer');
      expect(getNetrcAuth('http://a.org/', { maxAge })).toEqual(['first', 'p1']);
      vi.advanceTimersByTime(maxAge - 1);
      expect(getNetrcAuth('http://a.org/', { maxAge })).toEqual(['first', 'p1']);
      vi.advanceTimersByTime(1);
      expect(getNetrcAuth('http://a.org/', { maxAge })).toEqual(['second', 'p2-longer']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with maxAge, still follows NETRC when it names another file', () => {
    const maxAge = 60_000;
    useNetrc('machine a.org login one password p', 'one');
    expect(getNetrcAuth('http://a.org/', { maxAge })).toEqual(['one', 'p']);
    useNetrc('machine a.org login two password p', 'two');
    expect(getNetrcAuth('http://a.org/', { maxAge })).toEqual(['two', 'p']);
    process.env.NETRC = join(dir, 'none');
    expect(getNetrcAuth('http://a.org/', { maxAge })).toBeNull();
  });

  it('reads ~/.netrc, then ~/_netrc, when NETRC is unset', () => {
    delete process.env.NETRC;
    process.env.HOME = dir;
    expect(getNetrcAuth('http://a.org/')).toBeNull();
    writeFileSync(join(dir, '_netrc'), 'machine a.org login under password p');
    expect(getNetrcAuth('http://a.org/')).toEqual(['under', 'p']);
    writeFileSync(join(dir, '.netrc'), 'machine a.org login dot password p', { mode: 0o600 });
    expect(getNetrcAuth('http://a.org/')).toEqual(['dot', 'p']);
  });

  it('skips a ~/.netrc that is not a file (a directory) for ~/_netrc', () => {
    delete process.env.NETRC;
    process.env.HOME = dir;
    mkdirSync(join(dir, '.netrc'));
    expect(getNetrcAuth('http://a.org/')).toBeNull();
    writeFileSync(join(dir, '_netrc'), 'machine a.org login under password p');
    expect(getNetrcAuth('http://a.org/')).toEqual(['under', 'p']);
  });

  it('follows the home directory when it changes between lookups', () => {
    delete process.env.NETRC;
    const other = mkdtempSync(join(tmpdir(), 'reqs-netrc-home-'));
    try {
      writeFileSync(join(dir, '.netrc'), 'machine a.org login first password p', { mode: 0o600 });
      writeFileSync(join(other, '.netrc'), 'machine a.org login second password p', { mode: 0o600 });
      process.env.HOME = dir;
      expect(getNetrcAuth('http://a.org/')).toEqual(['first', 'p']);
      process.env.HOME = other;
      expect(getNetrcAuth('http://a.org/')).toEqual(['second', 'p']);
      process.env.HOME = dir;
      expect(getNetrcAuth('http://a.org/')).toEqual(['first', 'p']);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('expands ~ in NETRC', () => {
    process.env.HOME = dir;
    writeFileSync(join(dir, 'my-netrc'), 'machine a.org login tilde password p');
    process.env.NETRC = '~/my-netrc';
    expect(getNetrcAuth('http://a.org/')).toEqual(['tilde', 'p']);
  });

  it('reads a file that is not UTF-8 as latin-1', () => {
    const path = useNetrc('');
    writeFileSync(path, Buffer.from('machine a.org login caf\xe9 password p', 'latin1'));
    expect(getNetrcAuth('http://a.org/')).toEqual(['café', 'p']);
  });
});
