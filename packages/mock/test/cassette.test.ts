// Record against the embedded httpbin, stop it, replay offline: the same bytes, every hop, no secret in the file.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HTTPAdapter } from '@reqs/adapters';
import { HTTPDigestAuth } from '@reqs/auth';
import type { Response } from '@reqs/core';
import { startServer } from '@reqs/httpbin';
import { Session } from '@reqs/session';
import { afterEach, describe, expect, it } from 'vitest';
import { MockAdapter, NoMockAddress, useCassette } from '../src/index.js';

const directories: string[] = [];
afterEach(async () => {
  for (const dir of directories.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempCassette(name = 'nested/dir/tape.json'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reqs-mock-cassette-'));
  directories.push(dir);
  return join(dir, name);
}

function httpSession(): Session {
  const session = new Session();
  const adapter = new HTTPAdapter();
  session.mount('http://', adapter);
  session.mount('https://', adapter);
  return session;
}

/** Everything observable about a response that must replay identically. */
async function snapshot(r: Response) {
  const content = r.content ?? (await r.read());
  const headers = [...r.headers.keys()].map((k) => [k, r.headers.getAll(k)]);
  return {
    status: r.statusCode,
    reason: r.reason,
    url: r.url,
    headers,
    content: Buffer.from(content).toString('base64'),
    history: r.history.map((h) => [h.statusCode, h.url, h.headers.get('location')]),
  };
}

const SECRET = 'secretpw';
const BASIC = Buffer.from(`user:${SECRET}`).toString('base64');
const SID = 's3cr3tsid';

/** The requests the code under test makes (the same on both runs). */
async function exercise(session: Session, base: string) {
  const results = [];
  const get = async (path: string, options = {}) =>
    results.push(await snapshot(await session.get(`${base}${path}`, options)));
  await get('/get?b=2&a=1', { headers: { 'X-Test': 'yes' }, auth: ['user', SECRET] });
  await get('/redirect/2');
  await get('/gzip');
  await get(`/cookies/set?sid=${SID}`);
  await get('/bytes/300?seed=7');
  results.push(await snapshot(await session.post(`${base}/post`, { json: { hello: 'wörld' } })));
  await get('/digest-auth/auth/user/pass', { auth: new HTTPDigestAuth('user', 'pass') });
  const streamed = await session.get(`${base}/stream/3`, { stream: true });
  const lines: string[] = [];
  for await (const line of streamed.iterLines({ decodeUnicode: true })) lines.push(line);
  results.push({ lines: lines.map((l) => JSON.parse(l).id) });
  return results;
}

describe('cassettes', () => {
  it('record against httpbin, stop it, replay offline byte for byte; secrets stay out of the file', async () => {
    const path = await tempCassette();
    const redact = { placeholders: { '<BASIC>': BASIC, '<SID>': SID }, keepHeaders: ['set-cookie'] };
    const server = await startServer();
    const base = server.url;
    let recorded: unknown[];
    {
      await using session = httpSession();
      await using tape = await useCassette(session, path, { redact });
      recorded = await exercise(session, base);
      expect(tape.recordCount).toBe(12);
      expect(tape.playCount).toBe(0);
    }
    await server.close();

    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(BASIC);
    expect(text).not.toContain(SID);
    const file = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(file.reqsCassette).toBe(1);
    const interactions = file.interactions as {
      request: { method: string; uri: string; headers: Record<string, unknown> };
      response: { status: number; body: Record<string, string>; headers: Record<string, unknown> };
    }[];
    // Every hop of the redirect chain and the digest challenge is its own interaction.
    expect(
      interactions.map((i) => `${i.request.method} ${i.request.uri.replace(base, '')} ${i.response.status}`),
    ).toEqual([
      'GET /get?b=2&a=1 200',
      'GET /redirect/2 302',
      'GET /relative-redirect/1 302',
      'GET /get 200',
      'GET /gzip 200',
      `GET /cookies/set?sid=<SID> 302`,
      'GET /cookies 200',
      'GET /bytes/300?seed=7 200',
      'POST /post 200',
      'GET /digest-auth/auth/user/pass 401',
      'GET /digest-auth/auth/user/pass 200',
      'GET /stream/3 200',
    ]);
    expect(interactions[0]?.request.headers.Authorization).toBe('Basic <REDACTED>');
    expect(interactions[0]?.response.body.lines).toContain('    "X-Test": "yes"\n');
    expect(interactions[4]?.response.body.base64).toBeDefined(); // gzip bytes
    expect(interactions[5]?.response.headers['Set-Cookie']).toBe('sid=<SID>; Path=/');
    expect(interactions[6]?.request.headers.Cookie).toBe('sid=<REDACTED>');
    expect(interactions[7]?.response.body.base64).toBeDefined();
    expect(interactions[8]?.request.headers['Content-Type']).toBe('application/json');
    expect(interactions[10]?.request.headers.Authorization).toBe('Digest <REDACTED>');
    const before = await stat(path);

    // Offline: the server is gone, so anything not from the cassette would fail to connect.
    await using session = httpSession();
    await using tape = await useCassette(session, path, { redact });
    const replayed = await exercise(session, base);
    expect(replayed).toEqual(recorded);
    expect(tape.playCount).toBe(12);
    expect(tape.allPlayed).toBe(true);
    const error = await session.get(`${base}/get?b=2&a=1`).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(NoMockAddress);
    expect((error as Error).message).toContain(
      `No interaction in cassette ${path} (mode 'once') matches GET ${base}/get?b=2&a=1`,
    );
    expect((error as Error).message).toContain('already played');
    await tape.eject();
    expect(await readFile(path, 'utf8')).toBe(text);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    // Ejected: the session's own adapter is back.
    expect(session.getAdapter(base)).toBeInstanceOf(HTTPAdapter);
  });
});

/** A session whose "server" is a MockAdapter (any adapter can be recorded), and that adapter. */
function mockedServer(): { session: Session; server: MockAdapter } {
  const session = new Session();
  const server = new MockAdapter().install(session);
  server.get('https://api.test/a', { json: { a: 1 } });
  server.get('https://api.test/b', (request) => ({ text: `b ${request.headers.get('x-n') ?? ''}` }));
  server.post('https://api.test/echo', (request) => ({ body: String(request.body) }));
  return { session, server };
}

describe('cassette modes', () => {
  it('once: records when the file is missing; with the file, replays and fails on a new request', async () => {
    const path = await tempCassette('once.json');
    {
      const { session, server } = mockedServer();
      await using _tape = await useCassette(session, path);
      await session.get('https://api.test/a');
      expect(server.callCount).toBe(1);
    }
    const { session, server } = mockedServer();
    await using tape = await useCassette(session, path, { mode: 'once' });
    expect((await session.get('https://api.test/a')).json()).toEqual({ a: 1 });
    expect(server.callCount).toBe(0);
    const error = (await session.get('https://api.test/b').catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(NoMockAddress);
    expect(error.message).toMatch(
      /matches GET https:\/\/api\.test\/b \(matching on method, uri\)\nRecorded requests:\n {2}GET https:\/\/api\.test\/a — uri differs/,
    );
    expect(tape.recordCount).toBe(0);
  });

  it('newEpisodes: replays what matches, records the rest, and writes it back', async () => {
    const path = await tempCassette('episodes.json');
    {
      const { session } = mockedServer();
      await using _tape = await useCassette(session, path);
      await session.get('https://api.test/a');
    }
    {
      const { session, server } = mockedServer();
      await using tape = await useCassette(session, path, { mode: 'newEpisodes' });
      await session.get('https://api.test/a');
      await session.get('https://api.test/b');
      expect(server.calls.map((c) => c.request.url)).toEqual(['https://api.test/b']);
      expect([tape.playCount, tape.recordCount]).toEqual([1, 1]);
    }
    const { session, server } = mockedServer();
    await using _tape = await useCassette(session, path, { mode: 'none' });
    expect((await session.get('https://api.test/b')).text).toBe('b ');
    expect(server.callCount).toBe(0);
  });

  it('none: the file must exist; all: re-records everything, never replays', async () => {
    const path = await tempCassette('all.json');
    const { session } = mockedServer();
    await expect(useCassette(session, path, { mode: 'none' })).rejects.toThrow(
      /does not exist, and mode 'none' only replays/,
    );
    {
      await using _tape = await useCassette(session, path, { mode: 'all' });
      await session.get('https://api.test/b', { headers: { 'X-N': '1' } });
    }
    {
      const { session, server } = mockedServer();
      await using _tape = await useCassette(session, path, { mode: 'all' });
      expect((await session.get('https://api.test/b', { headers: { 'X-N': '2' } })).text).toBe('b 2');
      expect(server.callCount).toBe(1);
    }
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file.interactions).toHaveLength(1);
    expect(file.interactions[0].response.body).toEqual({ text: 'b 2' });
  });

  it('each interaction plays once, in order; allowPlaybackRepeats plays them again', async () => {
    const path = await tempCassette('repeats.json');
    {
      const { session } = mockedServer();
      await using _tape = await useCassette(session, path);
      await session.get('https://api.test/b', { headers: { 'X-N': '1' } });
      await session.get('https://api.test/b', { headers: { 'X-N': '2' } });
    }
    const { session } = mockedServer();
    {
      await using _tape = await useCassette(session, path);
      expect((await session.get('https://api.test/b')).text).toBe('b 1');
      expect((await session.get('https://api.test/b')).text).toBe('b 2');
      await expect(session.get('https://api.test/b')).rejects.toThrow(/already played/);
    }
    await using _tape = await useCassette(session, path, { allowPlaybackRepeats: true });
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await session.get('https://api.test/b')).text);
    expect(texts).toEqual(['b 1', 'b 2', 'b 1']);
  });

  it('matchOn: body, headers, query, host and path', async () => {
    const path = await tempCassette('match.json');
    {
      const { session } = mockedServer();
      await using _tape = await useCassette(session, path);
      await session.post('https://api.test/echo', { data: 'one' });
      await session.post('https://api.test/echo', { data: 'two' });
    }
    const { session } = mockedServer();
    {
      await using _tape = await useCassette(session, path, { matchOn: ['method', 'uri', 'body'] });
      expect((await session.post('https://api.test/echo', { data: 'two' })).text).toBe('two');
      expect((await session.post('https://api.test/echo', { data: 'one' })).text).toBe('one');
      await expect(session.post('https://api.test/echo', { data: 'three' })).rejects.toThrow(/body differs/);
    }
    {
      await using _tape = await useCassette(session, path, { matchOn: ['method', 'path'] });
      expect((await session.post('https://other.test/echo?x=1', { data: 'zzz' })).text).toBe('one');
    }
    await using _tape = await useCassette(session, path, { matchOn: ['headers'] });
    await expect(
      session.post('https://api.test/echo', { data: 'one', headers: { 'X-Extra': '1' } }),
    ).rejects.toThrow(/headers differs/);
  });

  it('a file that is not a cassette, or a damaged interaction, fails at once naming it', async () => {
    const { writeFile } = await import('node:fs/promises');
    const path = await tempCassette('bad.json');
    const { session } = mockedServer();
    await writeFile(path, '{"interactions": []}');
    await expect(useCassette(session, path)).rejects.toThrow(`Cassette ${path} is not a reqs cassette`);
    await writeFile(path, '{ nope');
    await expect(useCassette(session, path)).rejects.toThrow(`Cassette ${path} is not valid JSON`);
    const good = {
      request: { method: 'GET', uri: 'https://api.test/a', headers: {}, body: null },
      response: {
        status: 200,
        reason: 'OK',
        headers: { 'Set-Cookie': ['a=1', 'b=2'] },
        body: { lines: ['a\n', 'b'] },
      },
    };
    const damaged = { ...good, response: { ...good.response, body: { txt: 'x' } } };
    await writeFile(path, JSON.stringify({ reqsCassette: 1, interactions: [good, damaged] }));
    await expect(useCassette(session, path)).rejects.toThrow(
      `Cassette ${path}: interaction 1 response.body must be { text }, { lines } or { base64 }`,
    );
    await writeFile(path, JSON.stringify({ reqsCassette: 1, interactions: [good] }));
    await using _tape = await useCassette(session, path);
    const r = await session.get('https://api.test/a');
    expect([r.text, r.headers.getAll('set-cookie')]).toEqual(['a\nb', ['a=1', 'b=2']]);
  });

  it('bad options fail at once', async () => {
    const { session } = mockedServer();
    // @ts-expect-error an unknown mode
    await expect(useCassette(session, 'x.json', { mode: 'sometimes' })).rejects.toThrow(
      /Invalid cassette mode "sometimes"/,
    );
    // @ts-expect-error an unknown field
    await expect(useCassette(session, 'x.json', { matchOn: ['url'] })).rejects.toThrow(
      /Invalid matchOn field "url"/,
    );
    // @ts-expect-error a misspelt option
    await expect(useCassette(session, 'x.json', { matchon: [] })).rejects.toThrow(
      /Unknown cassette option "matchon"/,
    );
  });
});

describe('cassette redaction', () => {
  it('query values, extra headers and a body filter; placeholders restored on playback', async () => {
    const path = await tempCassette('redact.json');
    const token = 'tok-123/+';
    const redact = {
      query: ['api_key'],
      headers: ['x-api-key'],
      body: (text: string) => text.replace(/"card":"\d+"/, '"card":"****"'),
      placeholders: { '<TOKEN>': token },
    };
    const route = (session: Session) => {
      const server = new MockAdapter().install(session);
      server.post('https://api.test/pay', (request) => ({
        headers: { 'Content-Type': 'application/json', 'X-Echo': `Bearer ${token}` },
        body: `{"card":"4111111111111111","for":"${token}","got":${JSON.stringify(String(request.body))}}`,
      }));
      return server;
    };
    let live: string;
    {
      const session = new Session();
      route(session);
      await using _tape = await useCassette(session, path, { redact });
      const r = await session.post(`https://api.test/pay?api_key=k1&token=${encodeURIComponent(token)}`, {
        headers: { 'X-Api-Key': 'k2', Authorization: `Bearer ${token}` },
        json: { token },
      });
      live = r.text;
    }
    const text = await readFile(path, 'utf8');
    for (const secret of [token, encodeURIComponent(token), 'k1', 'k2', '4111111111111111'])
      expect(text).not.toContain(secret);
    const [interaction] = JSON.parse(text).interactions;
    expect(interaction.request.uri).toBe('https://api.test/pay?api_key=<REDACTED>&token=<TOKEN>');
    expect(interaction.request.headers['X-Api-Key']).toBe('<REDACTED>');
    expect(interaction.request.headers.Authorization).toBe('Bearer <REDACTED>');
    expect(interaction.request.body).toEqual({ text: '{"token":"<TOKEN>"}' });
    expect(interaction.response.headers['X-Echo']).toBe('Bearer <TOKEN>');

    const session = new Session();
    const server = route(session);
    await using _tape = await useCassette(session, path, { redact, mode: 'none' });
    const r = await session.post(`https://api.test/pay?api_key=other&token=${encodeURIComponent(token)}`, {
      json: { token },
    });
    expect(server.callCount).toBe(0);
    expect(r.headers.get('x-echo')).toBe(`Bearer ${token}`);
    expect(r.json()).toEqual({ ...JSON.parse(live), card: '****' });
  });
});

describe('cassette and sessions', () => {
  it('plays back on a session with no adapter mounted; puts the adapters back on eject', async () => {
    const path = await tempCassette('bare.json');
    {
      const { session } = mockedServer();
      await using _tape = await useCassette(session, path);
      await session.get('https://api.test/a');
    }
    const bare = new Session();
    {
      await using _tape = await useCassette(bare, path);
      expect((await bare.get('https://api.test/a')).json()).toEqual({ a: 1 });
      await expect(bare.get('https://api.test/b')).rejects.toThrow(NoMockAddress);
    }
    expect(bare.adapters.size).toBe(0);
    await using _tape = await useCassette(bare, path, { mode: 'newEpisodes' });
    await expect(bare.get('https://api.test/b')).rejects.toThrow(/has no adapter mounted for it/);
  });

  it('records a third-party adapter on another prefix as well', async () => {
    const path = await tempCassette('third-party.json');
    const custom = {
      sent: 0,
      async send(request: import('@reqs/core').PreparedRequest) {
        this.sent += 1;
        const { Response } = await import('@reqs/core');
        const response = new Response();
        response.statusCode = 200;
        response.reason = 'OK';
        response.url = request.url;
        response.request = request;
        response.content = new TextEncoder().encode(`file ${request.url}`);
        return response;
      },
      async close() {},
    };
    const session = new Session();
    session.mount('file://', custom);
    {
      await using _tape = await useCassette(session, path);
      expect((await session.get('file:///etc/motd')).text).toBe('file file:///etc/motd');
    }
    await using _tape = await useCassette(session, path);
    expect((await session.get('file:///etc/motd')).text).toBe('file file:///etc/motd');
    expect(custom.sent).toBe(1);
  });
});
