// A server on 127.0.0.1:0 that answers every request with fixed bytes and headers (for charset tests).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running byte server; `close()` drops open connections first. */
export interface ByteServer extends AsyncDisposable {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `body` with `headers` (no Content-Type unless given) to every request. */
export async function startByteServer(
  body: Uint8Array,
  headers: Record<string, string> = {},
): Promise<ByteServer> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Length': String(body.byteLength), ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url: `http://127.0.0.1:${port}`, close, [Symbol.asyncDispose]: close };
}
