/** FileAdapter: serves `file://` URLs from the local disk, a transport adapter on @reqs/core alone. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  BaseAdapter,
  CaseInsensitiveDict,
  type PreparedRequest,
  RequestException,
  Response,
  type SendOptions,
} from '@reqs/core';
import { filePath } from './file-path.js';

/** File-system error codes and the status a web server would answer. */
const STATUS_FOR_CODE: Readonly<Record<string, [number, string]>> = {
  ENOENT: [404, 'Not Found'],
  ENOTDIR: [404, 'Not Found'],
  EACCES: [403, 'Forbidden'],
  EPERM: [403, 'Forbidden'],
};

/**
 * A transport adapter for `file://` URLs, like Python's requests-file: `GET` streams the
 * file with `Content-Length`; `HEAD` gives only the headers; a missing file answers 404, an
 * unreadable one 403, anything else (a directory) 400, with the error as the body.
 *
 * @example
 * const s = new Session();
 * s.mount('file://', new FileAdapter());
 * const r = await s.get('file:///etc/hostname');
 */
export class FileAdapter extends BaseAdapter {
  /**
   * Answers one request from the disk.
   * @throws RequestException for a method other than GET or HEAD.
   * @throws InvalidURL for a `file:` URL naming another host.
   */
  async send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    const method = request.method || 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      throw new RequestException(`Invalid request method ${method} for a file: URL`, { request });
    }
    const path = filePath(request.url);
    options.signal?.throwIfAborted();
    const response = new Response();
    response.request = request;
    response.url = request.url;
    response.connection = this;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EISDIR' });
      respondWithFile(response, path, info.size, method === 'HEAD');
    } catch (error) {
      respondWithError(response, error);
    }
    return response;
  }

  /** Nothing to release: every file stream is owned by its response. */
  async close(): Promise<void> {}
}

function respondWithFile(response: Response, path: string, size: number, headOnly: boolean): void {
  response.statusCode = 200;
  response.reason = 'OK';
  response.headers = new CaseInsensitiveDict({ 'Content-Length': String(size) });
  if (headOnly) response.content = new Uint8Array(0);
  // Streamed: a large file is never held in memory unless the caller reads it all.
  else response.setBody(createReadStream(path));
}

function respondWithError(response: Response, error: unknown): void {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const [status, reason] = STATUS_FOR_CODE[code] ?? [400, 'Bad Request'];
  const body = new TextEncoder().encode(error instanceof Error ? error.message : String(error));
  response.statusCode = status;
  response.reason = reason;
  response.headers = new CaseInsensitiveDict({
    'Content-Length': String(body.byteLength),
    'Content-Type': 'text/plain; charset=utf-8',
  });
  response.content = body;
}
