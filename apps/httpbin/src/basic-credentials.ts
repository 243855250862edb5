/** Decodes `Authorization: Basic …` like werkzeug: UTF-8 when valid, else latin-1. */
import { decodeUtf8 } from './json-safe.js';

/** A username and password from a Basic Authorization header. */
export interface BasicCredentials {
  username: string;
  password: string;
}

/** Parses the header, or returns `undefined` when it is absent or not Basic. */
export function parseBasic(header: string | undefined): BasicCredentials | undefined {
  const m = /^basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const bytes = Buffer.from(m[1]!, 'base64');
  const text = decodeUtf8(bytes) ?? bytes.toString('latin1');
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
