/** multipart/form-data through busboy, into httpbin's `form` and `files` pairs. */
import busboy from 'busboy';
import { HttpError } from './http-error.js';
import { jsonSafe } from './json-safe.js';
import type { Pairs } from './multi-dict.js';

/** Fields (parts without a filename) and files (parts with one), in arrival order. */
export interface MultipartFields {
  form: Pairs;
  files: Pairs;
}

/**
 * Parses a buffered multipart body. Like werkzeug, a part is a file when its Content-Disposition has
 * a filename; a file's content is text when it is UTF-8, else a `data:` URL with the part's type.
 */
export function parseMultipart(body: Buffer, contentType: string): Promise<MultipartFields> {
  return new Promise<MultipartFields>((resolve, reject) => {
    const form: Pairs = [];
    const files: Pairs = [];
    const parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      limits: { fieldSize: body.byteLength + 1 },
    });
    parser.on('field', (name: string, value: string) => form.push([name, value]));
    parser.on('file', (name: string, stream: NodeJS.ReadableStream, info: busboy.FileInfo) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const content = Buffer.concat(chunks);
        // busboy calls a typeless `application/octet-stream` part a file; werkzeug keeps it a field.
        if (info.filename === undefined) form.push([name, content.toString('utf8')]);
        else files.push([name, jsonSafe(content, info.mimeType || 'application/octet-stream')]);
      });
    });
    parser.on('error', reject);
    parser.on('close', () => resolve({ form, files }));
    parser.end(body);
  }).catch((error: unknown) => {
    // busboy throws for a missing boundary and emits an error for a truncated body.
    throw new HttpError(400, `malformed multipart body: ${(error as Error).message}`, { cause: error });
  });
}
