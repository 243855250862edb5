import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import { MultipartEncoder } from '@reqs/multipart';
import { Session } from '@reqs/session';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { AppAdapter, type AppAdapterOptions } from '../src/app-adapter.js';

/** A promise and the function that resolves it: the test opens it once it holds the first chunk. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

interface Upload {
  fields: Record<string, string>;
  files: Array<{ field: string; filename: string; mimetype: string; bytes: number; sha256: string }>;
}

/** A small real Fastify app: JSON, cookies, redirects, multipart, a raw body, a stream, an error. */
async function fastifyApp(streamGate: Promise<void>): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(fastifyMultipart, { limits: { fileSize: 4 * 1024 * 1024 } });
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) =>
    done(null, body),
  );
  app.get<{ Params: { id: string }; Querystring: { q?: string } }>('/users/:id', async (req) => ({
    id: req.params.id,
    q: req.query.q ?? null,
    protocol: req.protocol,
    ip: req.ip,
  }));
  app.post<{ Body: { name: string } }>('/users', async (req, reply) => {
    reply.code(201).header('location', `/users/${req.body.name}`);
    return { created: req.body };
  });
  app.post<{ Body: { user: string } }>('/login', async (req, reply) => {
    reply.header('set-cookie', `sid=for-${req.body.user}; Path=/; HttpOnly`);
    return reply.redirect('/me', 303);
  });
  app.get('/me', async (req) => ({ cookie: req.headers.cookie ?? null }));
  app.post('/upload', async (req): Promise<Upload> => {
    const upload: Upload = { fields: {}, files: [] };
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        upload.files.push({
          field: part.fieldname,
          filename: part.filename,
          mimetype: part.mimetype,
          bytes: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
        });
      } else {
        upload.fields[part.fieldname] = String(part.value);
      }
    }
    return upload;
  });
  app.put<{ Body: Buffer }>('/raw', async (req) => ({
    bytes: req.body.length,
    sha256: createHash('sha256').update(req.body).digest('hex'),
    length: req.headers['content-length'] ?? null,
    encoding: req.headers['transfer-encoding'] ?? null,
  }));
  app.get('/stream', async (_req, reply) => {
    async function* lines() {
      yield 'line 1\n';
      // The second line is written only once the client has read the first: proof it streams.
      await streamGate;
      yield 'line 2\n';
    }
    return reply.type('text/plain').send(Readable.from(lines()));
  });
  app.get('/fail', async () => {
    throw new Error('route failed');
  });
  await app.ready();
  return app;
}

describe('AppAdapter with Fastify (app.routing)', () => {
  let s: Session;
  let app: FastifyInstance;
  afterEach(async () => {
    await s?.close();
    await app?.close();
  });

  async function session(streamGate: Promise<void> = Promise.resolve(), options?: AppAdapterOptions) {
    app = await fastifyApp(streamGate);
    s = new Session({ multipartEncoder: new MultipartEncoder() });
    const adapter = new AppAdapter(app.routing, options);
    s.mount('http://api/', adapter);
    s.mount('https://api/', adapter);
    return s;
  }

  it('routes, parses the query, and sees the URL scheme as req.protocol', async () => {
    await session();
    const r = await s.get('http://api/users/7', { params: { q: 'x y' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json()).toEqual({ id: '7', q: 'x y', protocol: 'http', ip: '127.0.0.1' });
    expect((await s.get('https://api/users/8')).json()).toMatchObject({ protocol: 'https' });
    expect((await s.get('http://api/nowhere')).statusCode).toBe(404);
  });

  it('takes a JSON body', async () => {
    await session();
    const r = await s.post('http://api/users', { json: { name: 'ada' } });
    expect(r.statusCode).toBe(201);
    expect(r.headers.location).toBe('/users/ada');
    expect(r.json()).toEqual({ created: { name: 'ada' } });
  });

  it('keeps the cookie the app sets and follows its 303 as a GET that sends it back', async () => {
    await session();
    const r = await s.post('http://api/login', { json: { user: 'ada' } });
    expect(r.history.map((h) => h.statusCode)).toEqual([303]);
    expect(r.request.method).toBe('GET');
    expect(r.url).toBe('http://api/me');
    expect(r.json()).toEqual({ cookie: 'sid=for-ada' });
    expect(s.cookies.get('sid')).toBe('for-ada');
  });

  it('uploads fields and files that @fastify/multipart parses', async () => {
    await session();
    const big = Buffer.alloc(1024 * 1024, 'z');
    const r = await s.post('http://api/upload', {
      data: { title: 'report' },
      files: {
        note: ['note.txt', 'hello fastify', 'text/plain'],
        blob: [
          'big.bin',
          Readable.from([big.subarray(0, 500_000), big.subarray(500_000)]),
          'application/x-big',
        ],
        plain: ['plain.txt', 'no type given'],
      },
    });
    expect(r.statusCode).toBe(200);
    const sha = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');
    expect(r.json<Upload>()).toEqual({
      fields: { title: 'report' },
      files: [
        {
          field: 'note',
          filename: 'note.txt',
          mimetype: 'text/plain',
          bytes: 13,
          sha256: sha('hello fastify'),
        },
        {
          field: 'blob',
          filename: 'big.bin',
          mimetype: 'application/x-big',
          bytes: big.length,
          sha256: sha(big),
        },
        // No type given: none is sent (as Requests), and RFC 7578's default text/plain applies.
        {
          field: 'plain',
          filename: 'plain.txt',
          mimetype: 'text/plain',
          bytes: 13,
          sha256: sha('no type given'),
        },
      ],
    });
  });

  it('sends a raw body with Content-Length, and a streamed one chunked', async () => {
    await session();
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
    const headers = { 'content-type': 'application/octet-stream' };
    const sha = createHash('sha256').update(bytes).digest('hex');
    const whole = await s.put('http://api/raw', { data: bytes, headers });
    expect(whole.json()).toEqual({ bytes: bytes.length, sha256: sha, length: '70000', encoding: null });
    const streamed = await s.put('http://api/raw', {
      data: Readable.from([bytes.subarray(0, 30_000), bytes.subarray(30_000)]),
      headers,
    });
    expect(streamed.json()).toEqual({ bytes: bytes.length, sha256: sha, length: null, encoding: 'chunked' });
  });

  it('streams the response as the app writes it', async () => {
    const { opened, open } = gate();
    await session(opened);
    const r = await s.get('http://api/stream', { stream: true });
    const lines: string[] = [];
    // chunkSize null: lines as the bytes arrive (the default 512 would wait for 512 bytes).
    for await (const line of r.iterLines({ chunkSize: null, decodeUnicode: true })) {
      lines.push(line as string);
      if (lines.length === 1) open();
    }
    expect(lines).toEqual(['line 1', 'line 2']);
  });

  it('answers HEAD for a GET route with the headers and no body', async () => {
    await session();
    const r = await s.head('http://api/users/7');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.content.length).toBe(0);
  });

  it('a throwing route gets Fastify’s own 500 with raiseAppExceptions true or false: nothing escapes the app', async () => {
    for (const raiseAppExceptions of [true, false]) {
      await session(undefined, { raiseAppExceptions });
      const r = await s.get('http://api/fail');
      expect(r.statusCode).toBe(500);
      expect(r.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'route failed' });
      await s.close();
      await app.close();
    }
  });
});
