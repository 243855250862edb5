// The browser subset loaded as a browser would see it — no process.getBuiltinModule, no global
// Buffer — so every portable fallback runs, here under Node against httpbin (only Node's own
// fetch gets its Buffer back, after the packages have loaded and kept its absence). Usage: node without-node-builtins.mjs <httpbin URL>.
// Prints one JSON line of results.
const base = process.argv[2];
const NodeBufferClass = globalThis.Buffer;
process.getBuiltinModule = undefined;
delete globalThis.Buffer;
const core = await import('@reqs/core');
const { getNetrcAuth, HTTPBasicAuth, HTTPDigestAuth } = await import('@reqs/auth');
const { DefaultCharsetDetector } = await import('@reqs/encoding');
const { FetchAdapter } = await import('@reqs/fetch-adapter');
const { MultipartEncoder } = await import('@reqs/multipart');
const { Session } = await import('@reqs/session');
globalThis.Buffer = NodeBufferClass;

async function outcome(call) {
  try {
    return await call();
  } catch (error) {
    return `${error.name}: ${error.message}`;
  }
}

const s = new Session({
  multipartEncoder: new MultipartEncoder(),
  charsetDetector: new DefaultCharsetDetector(),
});
s.trustEnv = false;
// Node's fetch, hiding Set-Cookie as a browser's does (the jar has no cookie engine here).
async function browserLikeFetch(url, init) {
  const answer = await fetch(url, init);
  const headers = new Headers(answer.headers);
  headers.delete('set-cookie');
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}
s.mount('http://', new FetchAdapter({ fetch: browserLikeFetch }));
const bytes = (text) => new TextEncoder().encode(text);
const results = {
  nodeBuffer: core.NodeBuffer === undefined,
  basicLatin1: core.basicAuthHeader('usér', 'pass'),
  basicUtf8: core.basicAuthHeader('ŭser', 'pass'),
  latin1: core.decodeLatin1(core.encodeLatin1('café ÿ')),
  indexOf: [
    core.indexOfBytes(bytes('abcabd'), bytes('abd'), 0),
    core.indexOfBytes(bytes('abc'), bytes('x'), 0),
  ],
  concat: [...core.concatAll([bytes('ab'), bytes('c')])],
  idna: new core.Request('GET', 'http://ジェーピーニック.jp/').prepare().url,
  ipv6: new core.Request('GET', 'http://[::1]:8080/').prepare().url,
  detected: [
    new DefaultCharsetDetector().detect(bytes('naïve café')),
    new DefaultCharsetDetector().detect(bytes('plain')),
  ],
  get: await outcome(async () => (await s.get(`${base}/get`, { params: { q: 'é' } })).json().args),
  upload: await outcome(
    async () =>
      (await s.post(`${base}/post`, { data: { a: '1' }, files: { f: ['f.txt', 'héllo'] } })).json().files,
  ),
  basic: await outcome(
    async () =>
      (await s.get(`${base}/basic-auth/user/pass`, { auth: new HTTPBasicAuth('user', 'pass') })).statusCode,
  ),
  lines: await outcome(async () => {
    const r = await s.get(`${base}/stream/3`, { stream: true });
    const lines = [];
    for await (const line of r.iterLines({ decodeUnicode: true })) lines.push(JSON.parse(line).id);
    return lines;
  }),
  raw: await outcome(async () => (await s.get(`${base}/get`)).raw),
  digest: await outcome(async () => {
    const codes = [];
    for (const algorithm of ['MD5', 'SHA-256']) {
      const auth = new HTTPDigestAuth('u', 'p');
      codes.push((await s.get(`${base}/digest-auth/auth/u/p/${algorithm}`, { auth })).statusCode);
    }
    return codes;
  }),
  cookies: await outcome(async () => (await s.get(`${base}/cookies`, { cookies: { a: '1' } })).json()),
  netrc: getNetrcAuth(`${base}/`),
};
await s.close();
console.log(JSON.stringify(results));
