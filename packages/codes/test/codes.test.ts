import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Codes, codes, type StatusName } from '../src/index.js';
import { requestsCodes, requestsTable } from './requests-oracle.js';

/** Requests upper-cases every name except those starting with `\` or `/`. */
const upperCased = (name: string) => !name.startsWith('\\') && !name.startsWith('/');

/** camelCase twins: the names that have an upper-case letter after a lower-case one. */
const isCamel = (name: string) => /[a-z0-9][A-Z]/.test(name);

describe('codes', () => {
  it('holds exactly the names of requests.codes, each with its code, plus camelCase twins', () => {
    const requestsNames = Object.fromEntries(Object.entries(codes).filter(([name]) => !isCamel(name)));
    expect(requestsNames).toEqual(requestsCodes);
    expect(Object.keys(requestsNames)).toHaveLength(243);
  });

  it('answers each snake_case name in camelCase too, with the code of the snake_case name', () => {
    const camelNames = Object.keys(codes).filter(isCamel);
    for (const [name, code] of Object.entries(requestsCodes)) {
      if (!/^[a-z0-9]+(?:[_-][a-z0-9]+)+$/.test(name)) continue;
      const camel = name.replace(/[_-](.)/g, (_s, c: string) => c.toUpperCase());
      expect(codes[camel as StatusName], camel).toBe(code);
    }
    expect(codes.notFound).toBe(404);
    expect(codes.temporaryRedirect).toBe(307);
    expect(codes.permanentRedirect).toBe(308);
    expect(codes.internalServerError).toBe(500);
    expect(codes.imATeapot).toBe(418);
    expect(codes.earlyHints).toBe(102);
    expect(codes.uriTooLong).toBe(414);
    expect(codes.requestUriTooLong).toBe(122);
    expect(camelNames).not.toContain('ok');
    const lookup: Readonly<Record<string, number | undefined>> = codes;
    expect(lookup.Ok).toBeUndefined();
    expect(lookup.O).toBeUndefined(); // '-o-' has no camelCase twin
  });

  it('resolves every name of the table, lower and upper case', () => {
    for (const [code, names] of requestsTable) {
      for (const name of names) {
        // A name under two codes belongs to the later one (precondition, uri_too_long).
        const winner = requestsTable.findLast(([, later]) => later.includes(name))?.[0];
        expect(codes[name as StatusName], name).toBe(winner);
        if (winner === code && upperCased(name)) {
          expect(codes[name.toUpperCase() as StatusName], name.toUpperCase()).toBe(code);
        }
      }
    }
  });

  it('answers the names Requests documents', () => {
    expect(codes.ok).toBe(200);
    expect(codes.OK).toBe(200);
    expect(codes.okay).toBe(200);
    expect(codes.all_good).toBe(200);
    expect(codes['\\o/']).toBe(200);
    expect(codes['✓']).toBe(200);
    expect(codes['✗']).toBe(500);
    expect(codes['/o\\']).toBe(500);
    expect(codes['\\o-']).toBe(301);
    expect(codes['-o-']).toBe(404);
    expect(codes['-O-']).toBe(404);
    expect(codes.temporary_redirect).toBe(307);
    expect(codes.resume).toBe(308);
    expect(codes.teapot).toBe(418);
    expect(codes.TEAPOT).toBe(418);
    expect(codes['early-hints']).toBe(102);
    expect(codes['EARLY-HINTS']).toBe(102);
    expect(codes.none).toBe(444);
  });

  it('gives a name under two codes to the later one, as Requests does', () => {
    expect(codes.precondition).toBe(428);
    expect(codes.PRECONDITION).toBe(428);
    expect(codes.uri_too_long).toBe(414);
    expect(codes.URI_TOO_LONG).toBe(414);
  });

  it('leaves names starting with \\ or / without an upper-case twin', () => {
    const lookup: Readonly<Record<string, number | undefined>> = codes;
    expect(lookup['\\O/']).toBeUndefined();
    expect(lookup['\\O-']).toBeUndefined();
    expect(lookup['/O\\']).toBeUndefined();
  });

  it('is frozen and answers nothing but status codes', () => {
    expect(Object.isFrozen(codes)).toBe(true);
    expect(() => {
      (codes as unknown as Record<string, number>).ok = 201;
    }).toThrow(TypeError);
    expect(() => {
      (codes as unknown as Record<string, number>).brand_new = 299;
    }).toThrow(TypeError);
    expect(codes.ok).toBe(200);
    const lookup: Readonly<Record<string, unknown>> = codes;
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'nope']) {
      expect(lookup[name], name).toBeUndefined();
    }
    expect(Object.getPrototypeOf(codes)).toBeNull();
  });

  it('has a literal type for each name', () => {
    expectTypeOf(codes.ok).toEqualTypeOf<200>();
    expectTypeOf(codes.OK).toEqualTypeOf<200>();
    expectTypeOf(codes['\\o/']).toEqualTypeOf<200>();
    expectTypeOf(codes['✓']).toEqualTypeOf<200>();
    expectTypeOf(codes.temporary_redirect).toEqualTypeOf<307>();
    expectTypeOf(codes.teapot).toEqualTypeOf<418>();
    expectTypeOf(codes.precondition).toEqualTypeOf<428>();
    expectTypeOf(codes.uri_too_long).toEqualTypeOf<414>();
    expectTypeOf(codes.notFound).toEqualTypeOf<404>();
    expectTypeOf(codes.temporaryRedirect).toEqualTypeOf<307>();
    expectTypeOf(codes.imATeapot).toEqualTypeOf<418>();
    expectTypeOf(codes.earlyHints).toEqualTypeOf<102>();
    expectTypeOf(codes.uriTooLong).toEqualTypeOf<414>();
    // The whole type, name by name, against what Requests answers (plus the camelCase twins).
    type RequestsNames = keyof typeof requestsCodes;
    expectTypeOf<Pick<Codes, RequestsNames>>().toEqualTypeOf<typeof requestsCodes>();
    expectTypeOf<'notFound' | 'imATeapot' | 'allOk'>().toExtend<Exclude<StatusName, RequestsNames>>();
    expectTypeOf<'Ok' | 'O' | 'notfound'>().not.toExtend<StatusName>();
    expectTypeOf<'\\O/'>().not.toExtend<StatusName>();
    // @ts-expect-error: codes is read-only
    expectTypeOf(() => (codes.ok = 200)).toBeFunction();
    // @ts-expect-error: an unknown name does not type-check
    expectTypeOf(codes.not_a_status).toBeUndefined();
  });
});
