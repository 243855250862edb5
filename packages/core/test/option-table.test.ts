import { describe, expect, it } from 'vitest';
import { isHooks } from '../src/options/is-hooks.js';
import { isBoolean, isCert, isProxies, isTimeout, isVerify } from '../src/options/option-checks.js';
import { checkOptions, extendOptionTable, optionTable } from '../src/options/option-table.js';
import { PREPARE_OPTIONS, REQUEST_INIT_OPTIONS } from '../src/options/request-init-options.js';
import { suggestOption } from '../src/options/suggest-option.js';
import { PreparedRequest } from '../src/prepared-request.js';
import { Request } from '../src/request.js';

// Every Requests, urllib3 and requests-toolbelt keyword, spelt as in Python, with its name here.
const PYTHON_NAMES: ReadonlyArray<[string, string]> = [
  ['allow_redirects', 'allowRedirects'],
  ['max_redirects', 'maxRedirects'],
  ['trust_env', 'trustEnv'],
  ['max_retries', 'maxRetries'],
  ['pool_connections', 'poolConnections'],
  ['pool_maxsize', 'poolMaxsize'],
  ['pool_block', 'poolBlock'],
  ['backoff_factor', 'backoffFactor'],
  ['backoff_max', 'backoffMax'],
  ['status_forcelist', 'statusForcelist'],
  ['allowed_methods', 'allowedMethods'],
  ['method_whitelist', 'allowedMethods'],
  ['raise_on_status', 'raiseOnStatus'],
  ['raise_on_redirect', 'raiseOnRedirect'],
  ['respect_retry_after_header', 'respectRetryAfterHeader'],
  ['retry_after_max', 'retryAfterMax'],
  ['base_url', 'baseUrl'],
];
const ALL_NAMES = [
  ...new Set([...PYTHON_NAMES.map(([, camel]) => camel), 'total', 'connect', 'read', 'stream', 'verify']),
];

describe('suggestOption', () => {
  it.each(PYTHON_NAMES)('%s → %s', (snake, camel) => {
    expect(suggestOption(snake, ALL_NAMES)).toBe(camel);
  });

  it.each([
    ['allowredirects', 'allowRedirects'],
    ['AllowRedirects', 'allowRedirects'],
    ['alow_redirects', 'allowRedirects'],
    ['strem', 'stream'],
    ['verfiy', 'verify'],
  ])('%s (a slip) → %s', (name, expected) => {
    expect(suggestOption(name, ALL_NAMES)).toBe(expected);
  });

  it('suggests nothing far from every name', () => {
    expect(suggestOption('q', ALL_NAMES)).toBeNull();
    expect(suggestOption('somethingElse', ALL_NAMES)).toBeNull();
  });

  it("suggests other clients' names only when the table has their target", () => {
    expect(suggestOption('body', ['data', 'json'])).toBe('data');
    expect(suggestOption('body', ['total'])).toBeNull();
    expect(suggestOption('__proto__', ['data'])).toBeNull();
  });
});

describe('checkOptions', () => {
  const table = optionTable('thing', { stream: isBoolean, data: null });

  it('passes known options, undefined and null values', () => {
    expect(() => checkOptions({ stream: true, data: 5 }, table)).not.toThrow();
    expect(() => checkOptions({ stream: undefined }, table)).not.toThrow();
    expect(() => checkOptions({ stream: null }, table)).not.toThrow();
    expect(() => checkOptions(undefined, table)).not.toThrow();
  });

  it("refuses an unknown option with the name it stands for: Unknown option 'x' — did you mean 'y'?", () => {
    expect(() => checkOptions({ strem: true }, table)).toThrow(
      new TypeError("Unknown option 'strem' — did you mean 'stream'?"),
    );
  });

  it('lists the known options when nothing is near', () => {
    expect(() => checkOptions({ q: 1 }, table)).toThrow("Unknown option 'q' for thing (known: stream, data)");
  });

  it('refuses options that are not an object', () => {
    expect(() => checkOptions('x' as never, table)).toThrow(
      "The options of thing must be an object, got string ('x')",
    );
  });

  it('names the option and the type of a wrong value', () => {
    expect(() => checkOptions({ stream: 'yes' }, table)).toThrow(
      "Invalid option 'stream': expected a boolean, got string ('yes')",
    );
  });

  it('extends a table for another entry point without changing it', () => {
    const more = extendOptionTable(table, 'other', { size: null });
    expect(() => checkOptions({ size: 1, stream: true }, more)).not.toThrow();
    expect(() => checkOptions({ size: 1 }, table)).toThrow("Unknown option 'size'");
  });

  it('refuses "__proto__" and "constructor" as options (no prototype lookups)', () => {
    expect(() => checkOptions(JSON.parse('{"__proto__": {"x": 1}}'), table)).toThrow(
      "Unknown option '__proto__'",
    );
    expect(() => checkOptions({ constructor: 1 }, table)).toThrow("Unknown option 'constructor'");
  });
});

describe('value checks', () => {
  it.each<[string, (v: unknown, o: string) => void, unknown, string]>([
    ['timeout', isTimeout, '300', 'Timeout value connect was 300'],
    [
      'verify',
      isVerify,
      1,
      "Invalid option 'verify': expected true, false or the path of a CA bundle, got number (1)",
    ],
    ['verify', isVerify, '', "Invalid option 'verify'"],
    [
      'cert',
      isCert,
      ['only-one.pem'],
      "Invalid option 'cert': expected a PEM file's path or [certFile, keyFile], got array",
    ],
    ['cert', isCert, 42, 'got number (42)'],
    ['proxies', isProxies, 'http://p:3128', "Invalid option 'proxies': expected an object of proxy URLs"],
    [
      'proxies',
      isProxies,
      { http: 3128 },
      "Invalid option 'proxies.http': expected a proxy URL string, got number (3128)",
    ],
    [
      'hooks',
      isHooks,
      { response: 'log' },
      "Invalid option 'hooks.response': expected a function or a list of functions, got string ('log')",
    ],
    [
      'hooks',
      isHooks,
      { response: [() => {}, 5] },
      "Invalid option 'hooks.response[1]': expected a function, got number (5)",
    ],
    ['hooks', isHooks, { responses: () => {} }, "Unknown hook event 'responses' — did you mean 'response'?"],
    ['hooks', isHooks, { pre_send: () => {} }, "Unknown hook event 'pre_send' — did you mean 'preSend'?"],
    [
      'hooks',
      isHooks,
      [() => {}],
      "Invalid option 'hooks': expected an object of hooks ({ response: fn }), got array",
    ],
  ])('%s: %o → %s', (option, check, value, message) => {
    expect(() => check(value, option)).toThrow(TypeError);
    expect(() => check(value, option)).toThrow(message);
  });

  it('accepts the good shapes', () => {
    expect(() => isCert(['c.pem', 'k.pem'], 'cert')).not.toThrow();
    expect(() => isVerify('/etc/ssl/ca.pem', 'verify')).not.toThrow();
    expect(() => isProxies({ http: 'http://p:3128', https: null }, 'proxies')).not.toThrow();
    expect(() => isHooks({ response: new Set([() => {}]) }, 'hooks')).not.toThrow();
  });
});

describe('Request and PreparedRequest.prepare refuse unknown options', () => {
  it('new Request', () => {
    expect(() => new Request('GET', 'http://x/', { jsn: {} } as never)).toThrow(
      "Unknown option 'jsn' — did you mean 'json'?",
    );
    expect(() => new Request('GET', 'http://x/', { allowRedirects: false } as never)).toThrow(
      /^Unknown option 'allowRedirects' for new Request \(known: /,
    );
    expect(() => new Request('GET', 'http://x/', { hooks: { response: 1 } } as never)).toThrow(
      "Invalid option 'hooks.response'",
    );
    expect([...REQUEST_INIT_OPTIONS.checks.keys()]).toContain('multipartEncoder');
  });

  it('PreparedRequest.prepare', () => {
    expect(() =>
      new PreparedRequest().prepare({ method: 'GET', url: 'http://x/', header: {} } as never),
    ).toThrow("Unknown option 'header' — did you mean 'headers'?");
    expect([...PREPARE_OPTIONS.checks.keys()]).toEqual(expect.arrayContaining(['method', 'url', 'json']));
  });
});
