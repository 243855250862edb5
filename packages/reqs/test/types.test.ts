// Type-level checks of the public signatures, verified by `pnpm --filter reqs typecheck`
// (tsc over test/); at run time each test only proves the module loads.
import { describe, expectTypeOf, it } from 'vitest';
import requests, {
  type ArgsHook,
  type AsyncRequest,
  type CharsetDetector,
  type CookieJar,
  delete as del,
  get,
  type MultipartEncoder,
  type PreparedRequest,
  type RequestArgs,
  type RequestOptions,
  type Response,
  type ResponseTimings,
  type Session,
} from '../src/index.js';

describe('types of many requests at once and hooks', () => {
  it('async verbs return an unsent AsyncRequest; map keeps input order, imap yields', () => {
    expectTypeOf(requests.async.get).returns.toEqualTypeOf<AsyncRequest>();
    expectTypeOf(requests.async.map).toEqualTypeOf(requests.map);
    expectTypeOf(requests.map(['http://x/'])).toEqualTypeOf<Promise<(Response | null)[]>>();
    expectTypeOf(requests.imap(['http://x/'], { ordered: true })).toEqualTypeOf<
      AsyncGenerator<Response, void, undefined>
    >();
    expectTypeOf(
      requests.map(['http://x/'], { exceptionHandler: (_item, error) => error as Error }),
    ).toEqualTypeOf<Promise<(Response | Error | null)[]>>();
  });

  it('hooks are typed per event; settings.verbose takes a writable', () => {
    const args: ArgsHook = (a: RequestArgs) => ({ ...a, headers: { 'X-Testing': 'True' } });
    const options: RequestOptions = { hooks: { args, preSend: (p) => void p.headers.set('X', '1') } };
    void options;
    // @ts-expect-error an error hook gets the error and the prepared request, not a response
    const bad: RequestOptions = { hooks: { error: (r: Response) => r.statusCode } };
    void bad;
    requests.settings.verbose = process.stderr;
    requests.settings.verbose = null;
    expectTypeOf<Response['timings']>().toEqualTypeOf<ResponseTimings | null>();
  });
});

describe('types of the public API', () => {
  it('verbs resolve with a Response, on the module and on a Session', () => {
    expectTypeOf(get).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(requests.post).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(requests.delete).parameters.toEqualTypeOf<
      [url: string | URL, options?: RequestOptions | undefined]
    >();
    expectTypeOf(requests.request).parameters.toEqualTypeOf<
      [method: string, url: string | URL, options?: RequestOptions | undefined]
    >();
    expectTypeOf<Session['get']>().returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(del).toEqualTypeOf(requests.delete);
  });

  it('json<T>() returns T, unknown by default', () => {
    expectTypeOf<Response['json']>().returns.toEqualTypeOf<unknown>();
    const parse = (r: Response) => r.json<{ args: Record<string, string> }>();
    expectTypeOf(parse).returns.toEqualTypeOf<{ args: Record<string, string> }>();
  });

  it('options are exact: unknown keys and wrong types are rejected', () => {
    const url = 'http://127.0.0.1:9/';
    const check = () => {
      // @ts-expect-error: not an option (Python's snake_case is not accepted either)
      void get(url, { allow_redirects: false });
      // @ts-expect-error: timeouts are numbers of milliseconds
      void get(url, { timeout: '3s' });
      // @ts-expect-error: auth tuples have two strings
      void get(url, { auth: ['user'] });
      void get(url, { timeout: [3050, 27_000], allowRedirects: false, params: { q: ['a', 1, true] } });
    };
    expectTypeOf(check).toBeFunction();
  });

  it('the layers are typed by their interfaces and swap on a Session', () => {
    expectTypeOf<Session['cookies']>().toEqualTypeOf<CookieJar>();
    expectTypeOf<Session['charsetDetector']>().toEqualTypeOf<CharsetDetector | null>();
    expectTypeOf<MultipartEncoder>().toHaveProperty('encode');
    expectTypeOf<Response['request']>().toEqualTypeOf<PreparedRequest>();
    expectTypeOf<ReturnType<Response['iterLines']>>().toExtend<AsyncIterable<Uint8Array | string>>();
  });
});
