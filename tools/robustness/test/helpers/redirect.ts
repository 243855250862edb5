// Routes that redirect: exact status and Location bytes, optional extra headers and body.
import type { Socket } from 'node:net';
import { writeResponse } from './respond.js';

/** A route answering `status` with `Location: location` (latin-1 bytes as given). */
export function redirectTo(location: string, status = '302 Found', headers: readonly string[] = []) {
  return (_request: unknown, socket: Socket): void => {
    writeResponse(socket, status, [`Location: ${location}`, ...headers, 'Content-Length: 0']);
  };
}
