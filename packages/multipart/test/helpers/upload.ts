// Sends a MultipartEncoder's body over the real stack: a @reqs/session Session with the undici
// HTTPAdapter of @reqs/adapters, as a user's upload goes.
import { HTTPAdapter } from '@reqs/adapters';
import { Session } from '@reqs/session';
import type { MultipartEncoder } from '../../src/index.js';

/** POSTs the encoder's body to `url` and resolves with the status and the parsed JSON reply. */
export async function upload<T>(
  url: string,
  encoder: MultipartEncoder,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'Content-Type': encoder.contentType };
  if (encoder.length !== null) headers['Content-Length'] = String(encoder.length);
  await using session = new Session();
  session.mount('http://', new HTTPAdapter());
  const r = await session.post(url, { data: encoder, headers, timeout: 10_000 });
  if (r.statusCode !== 200) throw new Error(`upload answered ${r.statusCode}: ${r.text}`);
  return { status: r.statusCode, body: r.json<T>() };
}

/** Reads a whole body into one buffer (tests only: the encoder itself never does this). */
export async function collect(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}
