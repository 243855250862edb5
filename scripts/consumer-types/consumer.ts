// A consumer's program: every published package imported whole, and the public API used the
// way the READMEs show it. Type-checked (never run) by scripts/check-consumer-types.mjs against
// the packed tarballs, with skipLibCheck off, so every shipped .d.ts is checked too.
import * as adaptersPkg from '@reqs/adapters';
import { HTTPAdapter, Retry } from '@reqs/adapters';
import * as appAdapterPkg from '@reqs/app-adapter';
import { AppAdapter } from '@reqs/app-adapter';
import * as authPkg from '@reqs/auth';
import { HTTPBasicAuth, HTTPDigestAuth, HTTPProxyAuth } from '@reqs/auth';
import * as codesPkg from '@reqs/codes';
import { codes } from '@reqs/codes';
import * as cookiesPkg from '@reqs/cookies';
import { RequestsCookieJar } from '@reqs/cookies';
import * as corePkg from '@reqs/core';
import {
  AuthBase,
  BaseAdapter,
  CaseInsensitiveDict,
  type HeaderLink,
  type PreparedRequest,
  Request,
  RequestException,
  type Response,
} from '@reqs/core';
import * as encodingPkg from '@reqs/encoding';
import * as mockPkg from '@reqs/mock';
import { MockAdapter, NoMockAddress, useCassette } from '@reqs/mock';
import * as multipartPkg from '@reqs/multipart';
import { MultipartEncoder } from '@reqs/multipart';
import * as sessionPkg from '@reqs/session';
import requests, * as reqs from 'reqs';
import { ReadTimeout, Session } from 'reqs';

export const everyPackage = [
  adaptersPkg,
  appAdapterPkg,
  authPkg,
  codesPkg,
  cookiesPkg,
  corePkg,
  encodingPkg,
  mockPkg,
  multipartPkg,
  sessionPkg,
  reqs,
] as const;

export async function verbs(url: string): Promise<unknown> {
  let r: Response = await requests.get(url, { params: { q: 'reqs', many: ['a', 'b'] } });
  r = await requests.post(url, { json: { some: 'data' }, timeout: 3000 });
  r = await requests.post(url, { data: { key: 'value' }, headers: { 'x-test': 'true' } });
  r = await requests.post(url, { files: { report: ['report.csv', 'a,b\n', 'text/csv'] } });
  r = await reqs.delete(url, { auth: ['user', 'pass'], allowRedirects: false });
  r.raiseForStatus();
  const ok: boolean = r.statusCode === codes.ok && r.ok;
  const type: string | undefined = r.headers['content-type'];
  const next: HeaderLink | undefined = r.links.next;
  const rel: string | undefined = next?.rel;
  return [ok, type, rel, r.text, r.content, r.json<{ args: Record<string, string> }>().args, r.history];
}

export async function sessions(url: string): Promise<void> {
  await using s = new Session();
  s.auth = new HTTPDigestAuth('user', 'pass');
  s.headers.update({ 'x-test': 'true' });
  s.mount('https://', new HTTPAdapter({ maxRetries: new Retry({ total: 3, backoffFactor: 100 }) }));
  s.hooks.response.push((r) => {
    r.headers.get('content-type');
  });
  await s.get(url, { cookies: { a: '1' }, stream: false });
  await using big = await s.get(url, { stream: true });
  for await (const line of big.iterLines({ decodeUnicode: true })) console.log(line);

  const plain = new sessionPkg.Session();
  try {
    await plain.get(url, { auth: new HTTPBasicAuth('u', 'p'), proxies: { https: 'http://proxy:3128' } });
  } catch (e) {
    if (e instanceof ReadTimeout) console.log('too slow');
    else if (e instanceof RequestException) console.log(e.request?.url);
  } finally {
    await plain.close();
  }
}

class TokenAuth extends AuthBase {
  override call(r: PreparedRequest): PreparedRequest {
    r.headers.set('authorization', 'Bearer t');
    return r;
  }
}

class NullAdapter extends BaseAdapter {
  override async send(): Promise<Response> {
    throw new Error('not wired');
  }
  override async close(): Promise<void> {}
}

export function layers(): unknown {
  const jar = new RequestsCookieJar();
  jar.set('name', 'value', { domain: 'example.org' });
  const dict = new CaseInsensitiveDict<string>({ Accept: 'text/plain' });
  const prepared = new Request('GET', 'https://example.org', { auth: new TokenAuth() }).prepare();
  const encoder = new MultipartEncoder({
    fields: { field: 'value' },
    files: { file: ['a.txt', 'hello', 'text/plain'] },
  });
  return [
    jar,
    dict.get('accept'),
    prepared.url,
    encoder.contentType,
    new NullAdapter(),
    new HTTPProxyAuth('u', 'p'),
  ];
}

export async function mocks(): Promise<unknown> {
  await using s = new Session();
  const mock = new MockAdapter({ passthrough: ['http://127.0.0.1:'] }).install(s);
  const route = mock.get('https://api.test/user', { json: { id: 1 } }, { headers: { accept: /json/ } });
  mock.on('GET', 'https://api.test/page', [{ status: 503 }, { status: 200, text: 'ok' }]);
  mock.post(/\/items$/, (request) => ({
    status: 201,
    headers: { Location: '/items/7' },
    body: String(request.body),
  }));
  await using tape = await useCassette(s, 'cassettes/user.json', {
    mode: 'once',
    redact: { query: ['key'] },
  });
  const error: boolean = new NoMockAddress('x') instanceof RequestException;
  mock.assertAllCalled();
  return [route.callCount, mock.calls[0]?.response?.statusCode, tape.playCount, error];
}

export async function transports(url: string): Promise<unknown> {
  await using s = new Session();
  s.mount('https://', new HTTPAdapter({ http2: true }));
  s.mount('http://app/', new AppAdapter((_req, res) => res.end('ok'), { raiseAppExceptions: false }));
  const r = await s.get(url);
  const version: '1.1' | '2' | undefined = r.httpVersion;
  return [version, (await s.get('http://app/')).text];
}
