// A plain Node request listener exercising what an app does: echo, cookies, redirects, auth, streams, errors.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** What `/echo` answers. */
export interface AppEcho {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  encrypted: boolean;
  remoteAddress: string | undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** The test app: an async request listener, as `http.createServer` takes. */
export async function app(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://app').pathname;
  switch (path) {
    case '/echo': {
      const body = await readBody(req);
      const socket = req.socket as unknown as { encrypted?: boolean; remoteAddress?: string };
      json(res, {
        method: req.method,
        url: req.url,
        headers: req.headers,
        body,
        encrypted: socket.encrypted === true,
        remoteAddress: socket.remoteAddress,
      });
      return;
    }
    case '/login':
      res.statusCode = 302;
      res.setHeader('Set-Cookie', ['session=abc; Path=/', 'theme=dark; Path=/']);
      res.setHeader('Location', '/cookies');
      res.end();
      return;
    case '/cookies':
      json(res, { cookie: req.headers.cookie ?? null });
      return;
    case '/private':
      if (req.headers.authorization !== `Basic ${Buffer.from('user:pass').toString('base64')}`) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="app"' });
        res.end('no');
        return;
      }
      res.end('welcome');
      return;
    case '/gzip':
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/plain' });
      res.end(gzipSync('squeezed in process'));
      return;
    case '/stream': {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      for (let i = 1; i <= 3; i += 1) {
        res.write(`line ${i}\n`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      res.end();
      return;
    }
    case '/count': {
      let bytes = 0;
      for await (const chunk of req) bytes += (chunk as Buffer).length;
      json(res, { bytes });
      return;
    }
    case '/teapot':
      res.statusMessage = 'Short And Stout';
      res.statusCode = 418;
      res.end();
      return;
    case '/throw':
      throw new Error('boom in the app');
    case '/throw-late':
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('partial');
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new Error('boom after the head');
    case '/never':
      return; // never answers
    default:
      res.statusCode = 404;
      res.end('not found');
  }
}
