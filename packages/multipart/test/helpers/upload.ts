// Sends a MultipartEncoder's bytes with node:http (the adapters package is not ready yet).

import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { MultipartEncoder } from '../../src/index.js';

/** POSTs the encoder's body to `url` and resolves with the status and the parsed JSON reply. */
export async function upload<T>(
  url: string,
  encoder: MultipartEncoder,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': encoder.contentType };
  if (encoder.length !== null) headers['content-length'] = String(encoder.length);
  const req = request(url, { method: 'POST', headers, signal: AbortSignal.timeout(10_000) });
  const response = new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
    req.once('response', resolve);
    req.once('error', reject);
  });
  await pipeline(encoder, req);
  const res = await response;
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (res.statusCode !== 200) throw new Error(`upload answered ${res.statusCode}: ${text}`);
  return { status: res.statusCode, body: JSON.parse(text) as T };
}

/** Reads a whole body into one buffer (tests only: the encoder itself never does this). */
export async function collect(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}
