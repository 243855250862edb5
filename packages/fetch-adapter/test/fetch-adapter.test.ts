import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionError, ReadTimeout, Timeout } from '@reqs/core';
import { useCassette } from '@reqs/mock';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FetchAdapter } from '../src/fetch-adapter.js';
import { useSession } from './helpers.js';

/** A request body of two pieces, 'first,second', from an async iterable (no known length). */
async function* parts(): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode('first,');
  yield encoder.encode('second');
}

interface Echo {
  args: Record<string, string>;
  data: string;
  form: Record<string, string>;
  files: Record<string, string>;
  json: unknown;
  headers: Record<string, string>;
}

describe('FetchAdapter through a Session against httpbin', () => {
  it('GETs with params and the session headers, through fetch', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const r = await s.get(`${bin.url}/get`, {
      params: { q: 'a b', n: ['1', '2'] },
      headers: { 'X-Test': 'yes' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.reason).toBe('OK');
    expect(r.connection).toBeInstanceOf(FetchAdapter);
    expect(r.url).toBe(`${bin.url}/get?q=a+b&n=1&n=2`);
    const echo = r.json<Echo>();
    expect(echo.args).toEqual({ q: 'a b', n: ['1', '2'] });
    expect(echo.headers['X-Test']).toBe('yes');
    expect(echo.headers['User-Agent']).toMatch(/^python-requests|reqs/);
    expect(r.headers['content-type']).toBe('application/json');
  });

  it('POSTs JSON, a form and a multipart upload', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const json = (await s.post(`${bin.url}/post`, { json: { x: [1, 2] } })).json<Echo>();
    expect(json.json).toEqual({ x: [1, 2] });
    expect(json.headers['Content-Type']).toBe('application/json');
    const form = (await s.post(`${bin.url}/post`, { data: { a: '1', b: 'two' } })).json<Echo>();
    expect(form.form).toEqual({ a: '1', b: 'two' });
    expect(form.headers['Content-Length']).toBe('9');
    const upload = (
      await s.post(`${bin.url}/post`, {
        data: { field: 'value' },
        files: { file: ['notes.txt', 'file contents', 'text/plain'] },
      })
    ).json<Echo>();
    expect(upload.form).toEqual({ field: 'value' });
    expect(upload.files).toEqual({ file: 'file contents' });
    expect(upload.headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('adds no Content-Type of its own to a string body', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const echo = (await s.post(`${bin.url}/post`, { data: 'plain words' })).json<Echo>();
    expect(echo.data).toBe('plain words');
    expect(echo.headers['Content-Type']).toBeUndefined();
  });

  it('streams a request body from an async iterable (chunked)', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const echo = (await s.post(`${bin.url}/post`, { data: parts() })).json<Echo>();
    expect(echo.data).toBe('first,second');
    expect(echo.headers['Transfer-Encoding']).toBe('chunked');
  });

  it('follows redirects in the session and keeps cookies across them', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const r = await s.get(`${bin.url}/cookies/set?a=1&b=2`);
    expect(r.statusCode).toBe(200);
    expect(r.url).toBe(`${bin.url}/cookies`);
    expect(r.history.map((h) => h.statusCode)).toEqual([302]);
    // Two Set-Cookie lines kept apart (fetch would join them with a comma).
    expect(r.history[0]!.headers.getAll('set-cookie')).toHaveLength(2);
    expect(r.json<{ cookies: Record<string, string> }>().cookies).toEqual({ a: '1', b: '2' });
    expect(s.cookies.get('a')).toBe('1');
    const again = await s.get(`${bin.url}/cookies`);
    expect(again.json<{ cookies: Record<string, string> }>().cookies).toEqual({ a: '1', b: '2' });
  });

  it('hands a redirect back unfollowed with allowRedirects: false', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const r = await s.get(`${bin.url}/redirect-to?url=/get&status_code=307`, { allowRedirects: false });
    expect(r.statusCode).toBe(307);
    expect(r.headers.location).toBe('/get');
    expect(r.isRedirect).toBe(true);
  });

  it('streams a download chunk by chunk', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const r = await s.get(`${bin.url}/stream-bytes/100000?chunk_size=10000&seed=1`, { stream: true });
    expect(r.statusCode).toBe(200);
    let total = 0;
    let chunks = 0;
    for await (const chunk of r.iterContent(null)) {
      total += chunk.byteLength;
      chunks += 1;
    }
    expect(total).toBe(100_000);
    expect(chunks).toBeGreaterThan(1);
  });

  it('reads a streamed body whole before sending with streamUploads: false (the default in a browser)', async () => {
    const bin = await startHttpbin();
    const sent: { body: unknown; duplex: unknown }[] = [];
    const adapter = new FetchAdapter({
      streamUploads: false,
      fetch: (input, init) => {
        sent.push({ body: init.body, duplex: (init as { duplex?: unknown }).duplex });
        return fetch(input, init);
      },
    });
    const s = useSession(adapter);
    const echo = (await s.post(`${bin.url}/post`, { data: parts() })).json<Echo>();
    expect(echo.data).toBe('first,second');
    // A Blob of known size: sent with Content-Length, never chunked, no duplex.
    expect(echo.headers['Content-Length']).toBe('12');
    expect(echo.headers['Transfer-Encoding']).toBeUndefined();
    const upload = (
      await s.post(`${bin.url}/post`, { files: { f: ['f.txt', 'file contents'] } })
    ).json<Echo>();
    expect(upload.files).toEqual({ f: 'file contents' });
    expect(sent.map(({ body, duplex }) => [body instanceof Blob, duplex])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
    expect(() => new FetchAdapter({ streamUploads: 'no' as unknown as boolean })).toThrow(/streamUploads/);
  });

  it('cancels the fetch body when a response is closed, unread or part read', async () => {
    const bin = await startHttpbin();
    let cancelled = 0;
    // The real fetch, its body passed through a stream that counts cancellations.
    const adapter = new FetchAdapter({
      fetch: async (input, init) => {
        const answer = await fetch(input, init);
        const reader = answer.body!.getReader();
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            const next = await reader.read();
            if (next.done) controller.close();
            else controller.enqueue(next.value);
          },
          cancel(reason) {
            cancelled += 1;
            return reader.cancel(reason);
          },
        });
        return new Response(body, { status: answer.status, headers: answer.headers });
      },
    });
    const s = useSession(adapter);
    const unread = await s.get(`${bin.url}/drip?duration=5&numbytes=5`, { stream: true });
    await unread.close();
    expect(cancelled).toBe(1);
    const partRead = await s.get(`${bin.url}/drip?duration=5&numbytes=5`, { stream: true });
    for await (const chunk of partRead.iterContent(1)) {
      expect(chunk.byteLength).toBe(1);
      break;
    }
    await partRead.close();
    expect(cancelled).toBe(2);
    expect((await s.get(`${bin.url}/get`)).statusCode).toBe(200);
  });

  it('leaves decompression to fetch, and drops the headers of the encoding it undid', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    for (const [path, flag] of [
      ['gzip', 'gzipped'],
      ['deflate', 'deflated'],
      ['brotli', 'brotli'],
    ]) {
      const r = await s.get(`${bin.url}/${path}`);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers['content-length']).toBeUndefined();
      expect(r.json<Record<string, boolean>>()[flag!]).toBe(true);
    }
  });

  it('records a gzip exchange on a cassette that replays decoded once', async () => {
    const bin = await startHttpbin();
    const dir = await mkdtemp(join(tmpdir(), 'fetch-adapter-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, 'gzip.json');
    const recording = useSession();
    const tape = await useCassette(recording, path, { mode: 'all' });
    expect((await recording.get(`${bin.url}/gzip`)).json<{ gzipped: boolean }>().gzipped).toBe(true);
    await tape.eject();
    const replaying = useSession();
    const replay = await useCassette(replaying, path, { mode: 'none' });
    const r = await replaying.get(`${bin.url}/gzip`);
    expect(r.json<{ gzipped: boolean }>().gzipped).toBe(true);
    await replay.eject();
  });

  it('answers HEAD with an empty body', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const r = await s.head(`${bin.url}/get`);
    expect(r.statusCode).toBe(200);
    expect(r.content.byteLength).toBe(0);
  });

  it('times out waiting for the head (connect + read) with ReadTimeout', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const error = await s.get(`${bin.url}/delay/5`, { timeout: [100, 100] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadTimeout);
    expect(String(error)).toMatch(/no response within 200 ms/);
  });

  it('times out on a silence in the body (read) with ReadTimeout', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const r = await s.get(`${bin.url}/drip?duration=6&numbytes=3`, { stream: true, timeout: [2000, 300] });
    expect(r.statusCode).toBe(200);
    await expect(r.read()).rejects.toBeInstanceOf(ReadTimeout);
  });

  it('bounds the whole exchange with total', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const error = await s
      .get(`${bin.url}/drip?duration=6&numbytes=6`, { timeout: { connect: 2000, read: 3000, total: 500 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Timeout);
    expect(String(error)).toMatch(/total timeout.{0,4}500 ms/i);
  });

  it('rejects with the signal reason on abort, before and during the exchange', async () => {
    const bin = await startHttpbin();
    const s = useSession();
    const before = new AbortController();
    const early = new Error('stopped before');
    before.abort(early);
    await expect(s.get(`${bin.url}/get`, { signal: before.signal })).rejects.toBe(early);
    const during = new AbortController();
    const reason = new Error('stopped by the user');
    const pending = s.get(`${bin.url}/delay/5`, { signal: during.signal });
    setTimeout(() => during.abort(reason), 100);
    await expect(pending).rejects.toBe(reason);
  });

  it('fails with ConnectionError when nothing listens', async () => {
    const bin = await startHttpbin();
    const url = `${bin.url}/get`;
    await bin.close();
    const s = useSession();
    await expect(s.get(url)).rejects.toBeInstanceOf(ConnectionError);
  });
});
