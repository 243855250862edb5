// A minimal adapter on node:http for these tests (the real HTTPAdapter lives in @reqs/adapters).
import { Agent, type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { BaseAdapter, type PreparedBody, type PreparedRequest, Response, type SendOptions } from '@reqs/core';

/** A request as it went on the wire. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The body bytes written, as text (complete once the response arrived). */
  body: string;
}

/** Sends over keep-alive connections and records every request it sent. */
export class NodeHttpAdapter extends BaseAdapter {
  /** Every request sent, in order, with the headers as they were sent. */
  readonly sent: SentRequest[] = [];
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 4 });

  send(request: PreparedRequest, _options: SendOptions): Promise<Response> {
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    const sent: SentRequest = { method: request.method, url: request.url, headers, body: '' };
    this.sent.push(sent);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          agent: this.#agent,
          method: request.method,
          host: url.hostname,
          port: url.port,
          path: request.pathUrl,
          headers,
        },
        (res) => resolve(this.#toResponse(request, res)),
      );
      req.setTimeout(5_000, () => req.destroy(new Error('test adapter timeout')));
      req.on('error', reject);
      writeBody(req, request.body, (chunk) => {
        sent.body += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
      }).catch((error: unknown) => req.destroy(error as Error));
    });
  }

  async close(): Promise<void> {
    this.#agent.destroy();
  }

  #toResponse(request: PreparedRequest, res: IncomingMessage): Response {
    const response = new Response();
    response.statusCode = res.statusCode ?? 0;
    response.reason = res.statusMessage ?? '';
    response.url = request.url;
    response.request = request;
    response.connection = this;
    for (let i = 0; i < res.rawHeaders.length; i += 2) {
      response.headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
    }
    response.setBody(res);
    return response;
  }
}

async function writeBody(
  req: ClientRequest,
  body: PreparedBody,
  record: (chunk: string | Uint8Array) => void,
): Promise<void> {
  if (body === null) return void req.end();
  let chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  if (typeof body === 'string' || body instanceof Uint8Array) chunks = [body];
  else if (body instanceof Blob) chunks = [new Uint8Array(await body.arrayBuffer())];
  else if (body instanceof ReadableStream)
    chunks = Readable.fromWeb(body as import('node:stream/web').ReadableStream);
  else chunks = body;
  for await (const chunk of chunks) {
    record(chunk);
    req.write(chunk);
  }
  req.end();
}
