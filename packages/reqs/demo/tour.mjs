#!/usr/bin/env node
// `pnpm demo`: a guided tour of reqs against the embedded httpbin, printing real responses.
// Starts the server on a free port of 127.0.0.1, walks through the features, closes everything
// and exits by itself (a few seconds). Every call below is what a user would write.
import { createServer } from 'node:net';
import { styleText } from 'node:util';
import { startServer } from '@reqs/httpbin';
import requests from 'reqs';

const say = (text) => console.log(styleText('dim', text));
const code = (text) => console.log(styleText('cyan', `  > ${text}`));
const show = (label, value) =>
  console.log(
    `    ${styleText('green', label)} ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
let step = 0;
const section = (title) => console.log(`\n${styleText('bold', `${++step}. ${title}`)}`);

/** A port nothing listens on (bound, then released), for the connection-error example. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function basics(base) {
  section('GET with query parameters');
  code(`await requests.get('${base}/get', { params: { q: 'reqs', tags: ['http', 'ts'] } })`);
  const r = await requests.get(`${base}/get`, { params: { q: 'reqs', tags: ['http', 'ts'] } });
  show('r.statusCode', String(r.statusCode));
  show('r.url', r.url);
  show('r.json().args', r.json().args);

  section('Headers, both ways');
  code(`await requests.get('${base}/headers', { headers: { 'User-Agent': 'my-app/0.0.1' } })`);
  const h = await requests.get(`${base}/headers`, { headers: { 'User-Agent': 'my-app/0.0.1' } });
  show('sent User-Agent:', h.json().headers['User-Agent']);
  show("r.headers['content-type']", h.headers['content-type']);
  show("r.headers['CONTENT-TYPE']", h.headers['CONTENT-TYPE']);

  section('POST: JSON, a form, a multipart upload');
  code(`await requests.post('${base}/post', { json: { some: 'data' } })`);
  show('echoed json:', (await requests.post(`${base}/post`, { json: { some: 'data' } })).json().json);
  code(`await requests.post('${base}/post', { data: { key1: 'value1', key2: ['a', 'b'] } })`);
  show(
    'echoed form:',
    (await requests.post(`${base}/post`, { data: { key1: 'value1', key2: ['a', 'b'] } })).json().form,
  );
  code(
    `await requests.post(url, { files: { report: ['report.csv', 'some,data\\nmore,rows\\n', 'text/csv'] } })`,
  );
  const files = { report: ['report.csv', 'some,data\nmore,rows\n', 'text/csv'] };
  const up = await requests.post(`${base}/post`, { files, data: { note: 'quarterly' } });
  show('echoed files:', up.json().files);
  show('echoed form:', up.json().form);
  show('sent Content-Type:', up.request.headers.get('content-type'));
}

async function conversation(base) {
  section('A Session keeps cookies (and connections) across requests');
  code('const s = new requests.Session()  // TypeScript: await using s = …');
  const s = new requests.Session();
  try {
    code(`await s.get('${base}/cookies/set?flavor=chocolate')`);
    await s.get(`${base}/cookies/set?flavor=chocolate`);
    code(`(await s.get('${base}/cookies')).json()`);
    show('server saw:', (await s.get(`${base}/cookies`)).json());
    show('s.cookies.getDict()', s.cookies.getDict());
  } finally {
    code('await s.close()');
    await s.close();
  }

  section('Redirects and history');
  code(`await requests.get('${base}/redirect/3')`);
  const r = await requests.get(`${base}/redirect/3`);
  show('r.url', r.url);
  show('r.history', r.history.map(String).join(', '));
  code(`await requests.get('${base}/redirect/1', { allowRedirects: false })`);
  const stay = await requests.get(`${base}/redirect/1`, { allowRedirects: false });
  show('status, location:', `${stay.statusCode} ${stay.headers.location}  isRedirect=${stay.isRedirect}`);

  section('Authentication: Basic and Digest');
  code(`await requests.get('${base}/basic-auth/user/passwd', { auth: ['user', 'passwd'] })`);
  const basic = await requests.get(`${base}/basic-auth/user/passwd`, { auth: ['user', 'passwd'] });
  show(`${basic.statusCode}`, basic.json());
  code(`await requests.get(url, { auth: new requests.HTTPDigestAuth('user', 'passwd') })`);
  const digest = await requests.get(`${base}/digest-auth/auth/user/passwd/SHA-256`, {
    auth: new requests.HTTPDigestAuth('user', 'passwd'),
  });
  show(`${digest.statusCode}`, digest.json());
  show('after the 401 challenge:', digest.history.map(String).join(', '));
}

async function streaming(base) {
  section('Streaming: read lines as they arrive');
  code(`const r = await requests.get('${base}/stream/3', { stream: true })`);
  const r = await requests.get(`${base}/stream/3`, { stream: true });
  try {
    code('for await (const line of r.iterLines({ decodeUnicode: true })) …');
    for await (const line of r.iterLines({ decodeUnicode: true }))
      show('line:', `{"id": ${JSON.parse(line).id}, …}`);
  } finally {
    await r.close();
  }
}

async function failures(base) {
  section('Timeouts (milliseconds)');
  code(`await requests.get('${base}/delay/3', { timeout: 300 })`);
  const started = performance.now();
  try {
    await requests.get(`${base}/delay/3`, { timeout: 300 });
  } catch (error) {
    show(`${error.name} after ${Math.round(performance.now() - started)} ms:`, error.message);
    show('instanceof requests.Timeout:', String(error instanceof requests.Timeout));
  }

  section('Errors are one tree under RequestException');
  const port = await closedPort();
  code(`await requests.get('http://127.0.0.1:${port}/')`);
  try {
    await requests.get(`http://127.0.0.1:${port}/`, { timeout: 2000 });
  } catch (error) {
    show(`${error.name}:`, error.message);
    show('instanceof requests.RequestException:', String(error instanceof requests.RequestException));
  }
  code(`await requests.get('example.org')`);
  try {
    await requests.get('example.org');
  } catch (error) {
    show(`${error.name}:`, error.message);
  }
  code(`(await requests.get('${base}/html')).json()`);
  try {
    (await requests.get(`${base}/html`)).json();
  } catch (error) {
    show(`${error.name}:`, error.message);
  }
}

async function statusCodes(base) {
  section('Status codes');
  code(`const r = await requests.get('${base}/status/418')`);
  const r = await requests.get(`${base}/status/418`);
  show('r.statusCode === requests.codes.teapot', String(r.statusCode === requests.codes.teapot));
  show('r.ok', String(r.ok));
  code('r.raiseForStatus()');
  try {
    r.raiseForStatus();
  } catch (error) {
    show(`${error.name}:`, error.message);
  }
  show("requests.codes['\\\\o/']", String(requests.codes['\\o/']));
}

const httpbin = await startServer();
const started = performance.now();
console.log(
  styleText('bold', `reqs ${requests.__version__} — a tour against the embedded httpbin at ${httpbin.url}`),
);
try {
  await basics(httpbin.url);
  await conversation(httpbin.url);
  await streaming(httpbin.url);
  await failures(httpbin.url);
  await statusCodes(httpbin.url);
  say(
    `\nDone in ${Math.round(performance.now() - started)} ms. Next: \`pnpm docs:dev\` (the Quickstart, the guide and the API reference).`,
  );
} finally {
  await httpbin.close();
}
