// A tiny node:http server that parses uploads with busboy and answers what it received per
// part, like httpbin's /multipart-echo. Stands in while the repo's httpbin is being written.

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import busboy from 'busboy';

export interface EchoedPart {
  name: string;
  /** `null` for a part busboy took as a plain field. */
  filename: string | null;
  contentType: string;
  size: number;
  sha256: string;
}

export interface EchoReply {
  headers: Record<string, string | string[] | undefined>;
  parts: EchoedPart[];
}

export interface EchoServer extends AsyncDisposable {
  url: string;
}

/** Starts the echo server on 127.0.0.1, port 0. */
export async function startEchoServer(): Promise<EchoServer> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async [Symbol.asyncDispose]() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const parts: EchoedPart[] = [];
  const fail = (error: Error) => {
    res.writeHead(400, { 'content-type': 'text/plain' }).end(error.message);
    req.resume();
  };
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fieldSize: 1 << 30 } });
  } catch (error) {
    fail(error as Error);
    return;
  }
  parser.on('field', (name, value, info) => {
    const bytes = Buffer.from(value, 'utf8');
    parts.push({
      name,
      filename: null,
      contentType: info.mimeType,
      size: bytes.length,
      sha256: sha256(bytes),
    });
  });
  parser.on('file', (name, stream, info) => {
    const hash = createHash('sha256');
    let size = 0;
    const part: EchoedPart = {
      name,
      filename: info.filename ?? null,
      contentType: info.mimeType,
      size,
      sha256: '',
    };
    parts.push(part);
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      hash.update(chunk);
    });
    stream.on('end', () => Object.assign(part, { size, sha256: hash.digest('hex') }));
  });
  parser.on('error', fail);
  parser.on('close', () => {
    const reply: EchoReply = { headers: req.headers, parts };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  });
  req.pipe(parser);
}

/** Hex SHA-256 of bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
