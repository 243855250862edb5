// The Quickstart flows through a Session on FetchAdapter, as plain JavaScript so that Node, Bun
// and Deno run this same file. Usage: <runtime> quickstart-flows.mjs <httpbin base URL>.
// Prints one JSON line of results; exits non-zero with the failure on stderr.
import { FetchAdapter, FetchUnsupportedError } from '@reqs/fetch-adapter';
import { MultipartEncoder } from '@reqs/multipart';
import { Session } from '@reqs/session';

const base = (globalThis.process?.argv ?? [])[2] ?? globalThis.Deno?.args[0];
if (!base) throw new Error('usage: quickstart-flows.mjs <httpbin base URL>');

function check(condition, what) {
  if (!condition) throw new Error(`flow failed: ${what}`);
}

async function failure(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

const s = new Session({ multipartEncoder: new MultipartEncoder() });
s.trustEnv = false;
const adapter = new FetchAdapter();
s.mount('http://', adapter);
s.mount('https://', adapter);
const results = {};
try {
  const get = await s.get(`${base}/get`, { params: { q: 'a b' } });
  check(get.connection === adapter, 'the request went through FetchAdapter');
  results.getArgs = get.json().args;

  results.postJson = (await s.post(`${base}/post`, { json: { x: [1, 2] } })).json().json;
  results.postForm = (await s.post(`${base}/post`, { data: { a: '1' } })).json().form;
  const upload = await s.post(`${base}/post`, {
    files: { file: ['notes.txt', 'file contents', 'text/plain'] },
  });
  results.upload = upload.json().files;
  const encoder = new TextEncoder();
  async function* parts() {
    yield encoder.encode('first,');
    yield encoder.encode('second');
  }
  results.streamedUpload = (await s.post(`${base}/post`, { data: parts() })).json().data;

  const cookies = await s.get(`${base}/cookies/set?a=1&b=2`);
  results.cookies = cookies.json().cookies;
  results.redirects = cookies.history.map((r) => r.statusCode);

  const stream = await s.get(`${base}/stream-bytes/50000?chunk_size=5000`, { stream: true });
  let bytes = 0;
  for await (const chunk of stream.iterContent(null)) bytes += chunk.byteLength;
  results.streamedBytes = bytes;

  results.gzipped = (await s.get(`${base}/gzip`)).json().gzipped;

  const timeout = await failure(s.get(`${base}/delay/5`, { timeout: [100, 100] }));
  results.timeout = timeout.name;

  const controller = new AbortController();
  const reason = new Error('stopped');
  const pending = s.get(`${base}/delay/5`, { signal: controller.signal });
  setTimeout(() => controller.abort(reason), 100);
  results.abortedWithReason = (await failure(pending)) === reason;

  const refused = await failure(s.get(`${base}/get`, { verify: false }));
  results.refusal = refused instanceof FetchUnsupportedError ? refused.name : String(refused);
} finally {
  await s.close();
}
console.log(JSON.stringify(results));
