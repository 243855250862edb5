// The real stack for network tests: a @reqs/session Session with @reqs/adapters' HTTPAdapter
// (undici) mounted, recording every request the adapter is handed — the Digest retry included.
import type { IncomingMessage } from 'node:http';
import { HTTPAdapter } from '@reqs/adapters';
import type { PreparedRequest, Response, SendOptions } from '@reqs/core';
import type { HttpbinServer } from '@reqs/httpbin';
import { Session } from '@reqs/session';
import { onTestFinished } from 'vitest';

/** A request as the adapter was asked to send it. */
export interface SentRequest {
  method: string;
  url: string;
  /** Header names in the case they are sent in. */
  headers: Record<string, string>;
}

class RecordingAdapter extends HTTPAdapter {
  readonly sent: SentRequest[] = [];

  override send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    this.sent.push({ method: request.method, url: request.url, headers });
    return super.send(request, options);
  }
}

/** A Session on the real transport, closed after the test (before the servers close). */
export function useSession(): { session: Session; sent: SentRequest[] } {
  const session = new Session();
  const adapter = new RecordingAdapter();
  session.mount('http://', adapter);
  onTestFinished(() => session.close());
  return { session, sent: adapter.sent };
}

/**
 * The request bodies `httpbin` receives, in order, as latin-1 text. Only for routes that do
 * not read the body themselves (the Digest and status routes): both readers would share it.
 */
export function receivedBodies(httpbin: HttpbinServer): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  httpbin.server.prependListener('request', (req: IncomingMessage) => {
    bodies.push(
      new Promise((resolve) => {
        let body = '';
        req.on('data', (chunk: Buffer) => {
          body += chunk.toString('latin1');
        });
        req.on('end', () => resolve(body));
        req.on('close', () => resolve(body));
      }),
    );
  });
  return bodies;
}
