// Our HTTP/2 client session on a socket we dialled (node:http2), carrying concurrent exchanges as streams.
import { type ClientHttp2Session, connect } from 'node:http2';
import type { Socket } from 'node:net';
import { type StreamHandler, type StreamRequest, sendOnStream } from './h2-stream.js';

/**
 * One HTTP/2 connection: a node:http2 client session over a socket that already negotiated
 * h2 (ALPN, or h2c by prior knowledge), directly or through a tunnel. It keeps the process
 * alive only while streams are open, as undici's does. Sent through here rather than through
 * undici's Client: undici's HTTP/2 layer costs about twice the CPU per request of node:http2
 * alone (tools/bench, issue 19), while the handler protocol stays undici's.
 */
export class H2Session {
  readonly #session: ClientHttp2Session;
  #open = 0;
  #closed = false;

  constructor(origin: string, socket: Socket, maxStreams: number) {
    const session = connect(origin, {
      createConnection: () => socket,
      // No more streams than this before the server's SETTINGS say how many it takes.
      peerMaxConcurrentStreams: maxStreams,
      settings: { enablePush: false },
    });
    // Failures reach the streams (each ends with onError); the session is then closed for good.
    session.on('error', () => {
      this.#closed = true;
    });
    session.once('goaway', () => {
      this.#closed = true;
    });
    session.once('close', () => {
      this.#closed = true;
    });
    session.unref();
    this.#session = session;
  }

  /** False once the session failed, was closed, or the server sent GOAWAY: no new streams. */
  get usable(): boolean {
    return !this.#closed && !this.#session.closed && !this.#session.destroyed;
  }

  /** Sends one exchange as a new stream. */
  dispatch(request: StreamRequest, handler: StreamHandler): void {
    if (this.#open++ === 0) this.#session.ref();
    sendOnStream(this.#session, request, handler, () => {
      if (--this.#open === 0 && !this.#session.destroyed) this.#session.unref();
    });
  }

  /** Closes the session and its socket at once (streams still open fail). */
  destroy(): void {
    this.#closed = true;
    this.#session.destroy();
  }
}
