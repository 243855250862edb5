// The page the Chromium test opens (built by Vite for the browser, no Node polyfills): a Session
// on FetchAdapter sends a GET with params, a JSON POST and a multipart upload to the httpbin named
// by `?httpbin=`, and leaves what it saw in `window.__results` (or the failure in `__failure`).
import { HTTPBasicAuth, HTTPDigestAuth } from '@reqs/auth';
import { CaseInsensitiveDict } from '@reqs/core';
import { DefaultCharsetDetector } from '@reqs/encoding';
import { FetchAdapter, FetchUnsupportedError } from '@reqs/fetch-adapter';
import { MultipartEncoder } from '@reqs/multipart';
import { Session } from '@reqs/session';

const base = new URL(location.href).searchParams.get('httpbin');

async function failureOf(call) {
  try {
    await call();
  } catch (error) {
    return { name: error?.name, message: String(error?.message) };
  }
  return null;
}

async function run() {
  const s = new Session({
    multipartEncoder: new MultipartEncoder(),
    charsetDetector: new DefaultCharsetDetector(),
  });
  const adapter = new FetchAdapter();
  s.mount('http://', adapter);
  s.mount('https://', adapter);
  try {
    const get = await s.get(`${base}/get`, { params: { q: 'a b', n: ['1', '2'] } });
    const post = await s.post(`${base}/post`, { json: { x: [1, 2], s: 'é' } });
    const upload = await s.post(`${base}/post`, {
      data: { field: 'value' },
      files: {
        file: new File(['file contents'], 'notes.txt', { type: 'text/plain' }),
        bytes: ['b.bin', new Uint8Array([104, 105])],
        text: ['t.txt', 'texte é', 'text/plain; charset=utf-8'],
      },
    });
    const basic = await s.get(`${base}/basic-auth/user/pass`, { auth: new HTTPBasicAuth('user', 'pass') });
    const digest = await s.get(`${base}/digest-auth/auth/user/pass/SHA-256`, {
      auth: new HTTPDigestAuth('user', 'pass'),
    });
    const streamed = await s.get(`${base}/stream-bytes/20000?chunk_size=4000`, { stream: true });
    let streamedBytes = 0;
    for await (const chunk of streamed.iterContent(null)) streamedBytes += chunk.byteLength;
    const utf8 = await s.get(`${base}/encoding/utf8`);
    return {
      getArgs: get.json().args,
      getStatus: get.statusCode,
      getOk: get.ok,
      getContentType: get.headers.get('content-type'),
      contentIsBytes: get.content instanceof Uint8Array,
      rawIsNull: get.raw === null,
      postJson: post.json().json,
      postContentType: post.json().headers['Content-Type'],
      uploadForm: upload.json().form,
      uploadFiles: upload.json().files,
      uploadContentType: upload.json().headers['Content-Type'].split(';')[0],
      basic: basic.json(),
      digest: [digest.statusCode, digest.history.length, digest.json()],
      streamedBytes,
      utf8Text: utf8.text.includes('Съешь же ещё этих мягких французских булок'),
      detected: new DefaultCharsetDetector().detect(new TextEncoder().encode('naïve café')),
      headersAreCaseInsensitive:
        get.headers instanceof CaseInsensitiveDict && get.headers.get('CONTENT-TYPE') !== null,
      proxyRefused: await failureOf(() => s.get(`${base}/get`, { proxies: { http: 'http://proxy:3128' } })),
      certRefused: await failureOf(() => s.get(`${base}/get`, { cert: '/client.pem' })),
      unsupportedIsNamed: FetchUnsupportedError.name,
    };
  } finally {
    await s.close();
  }
}

run().then(
  (results) => {
    window.__results = results;
    document.getElementById('results').textContent = JSON.stringify(results, null, 2);
  },
  (error) => {
    window.__failure = `${error?.name}: ${error?.message}\n${error?.stack}`;
    document.getElementById('results').textContent = window.__failure;
  },
);
