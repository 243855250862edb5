/** httpErrorMessage: the message of the HTTPError `raiseForStatus()` throws, as Requests words it. */

const utf8 = new TextDecoder('utf-8', { fatal: true });

import { encodeLatin1 } from './latin1.js';

/**
 * `404 Client Error: NOT FOUND for url: http://…` for a 4xx, `… Server Error …` for a 5xx,
 * else null.
 */
export function httpErrorMessage(statusCode: number, reason: string, url: string): string | null {
  let kind: string;
  if (statusCode >= 400 && statusCode < 500) kind = 'Client Error';
  else if (statusCode >= 500 && statusCode < 600) kind = 'Server Error';
  else return null;
  return `${statusCode} ${kind}: ${decodeReason(reason)} for url: ${url}`;
}

/**
 * Requests decodes reason bytes as UTF-8, falling back to latin-1. Header bytes reach us as
 * latin-1 text, so a reason whose bytes form valid UTF-8 is re-read as UTF-8.
 */
function decodeReason(reason: string): string {
  let high = false;
  for (let i = 0; i < reason.length; i++) {
    const code = reason.charCodeAt(i);
    if (code > 0xff) return reason;
    if (code >= 0x80) high = true;
  }
  if (!high) return reason;
  try {
    return utf8.decode(encodeLatin1(reason));
  } catch {
    return reason;
  }
}
