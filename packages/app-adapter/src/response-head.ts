// The status line and header block a ServerResponse writes, read back into a status and headers.
import { CaseInsensitiveDict } from '@reqs/core';

/** A parsed response head. */
export interface ResponseHead {
  statusCode: number;
  reason: string;
  headers: CaseInsensitiveDict<string>;
}

/**
 * Parses `HTTP/1.1 200 OK\r\nName: value\r\n…` (without the final empty line), keeping names'
 * case and repeated lines. Node wrote it, so it is well-formed; `Connection: close` is dropped
 * unless the app set it (`appConnection`): it is how an in-memory socket ends a body, not the
 * app's word.
 */
export function parseResponseHead(text: string, appConnection: boolean): ResponseHead {
  const lines = text.split('\r\n');
  const statusLine = lines[0]!;
  const firstSpace = statusLine.indexOf(' ');
  const secondSpace = statusLine.indexOf(' ', firstSpace + 1);
  const statusCode = Number(statusLine.slice(firstSpace + 1, secondSpace === -1 ? undefined : secondSpace));
  const reason = secondSpace === -1 ? '' : statusLine.slice(secondSpace + 1);
  const headers = CaseInsensitiveDict.plain<string>();
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon);
    if (!appConnection && name.length === 10 && name.toLowerCase() === 'connection') continue;
    headers.append(name, line.slice(colon + 1).trim());
  }
  return { statusCode, reason, headers };
}
