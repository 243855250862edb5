/** One request and its response, with the lazily read body and the facts every route asks about. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { parseCookieHeader } from './cookie-header.js';
import { type ParsedBody, parseBody } from './parse-body.js';
import { readBody } from './read-body.js';

/** What a route may learn about the server that received the request. */
export interface ServerState {
  /** TCP connections accepted so far. */
  readonly connections: number;
}

/** A request being answered: the Node objects plus parsed URL, path parameters and body helpers. */
export class Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  /** The request target as sent (path and query); for an absolute-form target, its path and query. */
  readonly target: string;
  /** The absolute-form target (`GET http://host/path`, as sent to a proxy), else `undefined`. */
  readonly absoluteTarget: string | undefined;
  /** The path part of the target, still percent-encoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Percent-decoded path parameters of the matched route. */
  params: Record<string, string> = {};
  readonly server: ServerState;
  #raw: Promise<Buffer> | undefined;
  #parsed: Promise<ParsedBody> | undefined;

  constructor(req: IncomingMessage, res: ServerResponse, server: ServerState) {
    this.req = req;
    this.res = res;
    this.server = server;
    this.method = (req.method ?? 'GET').toUpperCase();
    const sent = req.url ?? '/';
    // RFC 9112 §3.2.2: a server must accept the absolute form too; httpbin then acts as the proxy.
    const absolute = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(sent);
    this.absoluteTarget = absolute ? sent : undefined;
    this.target = absolute ? sent.slice(absolute[0].length) || '/' : sent;
    const q = this.target.indexOf('?');
    this.path = q < 0 ? this.target : this.target.slice(0, q);
    this.query = new URLSearchParams(q < 0 ? '' : this.target.slice(q + 1));
  }

  /** A request header, repeats joined with `, `. */
  header(name: string): string | undefined {
    const value = this.req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  }

  /** The body bytes (read once, then cached). */
  rawBody(): Promise<Buffer> {
    this.#raw ??= readBody(this.req);
    return this.#raw;
  }

  /** The body parsed into httpbin's `form`, `files`, `data` and `json`. */
  body(): Promise<ParsedBody> {
    this.#parsed ??= this.rawBody().then((raw) => parseBody(raw, this.header('content-type')));
    return this.#parsed;
  }

  /** Request cookies by name. */
  cookies(): Map<string, string> {
    return parseCookieHeader(this.header('cookie'));
  }

  /** Whether the connection itself is TLS. */
  get secure(): boolean {
    return (this.req.socket as Partial<TLSSocket>).encrypted === true;
  }

  /** The scheme the client used, honouring X-Forwarded-Proto/-Protocol/-Ssl as httpbin does. */
  get scheme(): string {
    const forwarded = this.header('x-forwarded-proto') ?? this.header('x-forwarded-protocol');
    if (forwarded) return forwarded;
    if (this.header('x-forwarded-ssl') === 'on') return 'https';
    return this.secure ? 'https' : 'http';
  }

  /** The client address: X-Forwarded-For when present, else the peer address. */
  get origin(): string {
    const address = this.req.socket.remoteAddress ?? '';
    return this.header('x-forwarded-for') ?? address.replace(/^::ffff:(?=\d+\.)/, '');
  }

  /** `scheme://host` from the Host header, for absolute URLs. */
  get base(): string {
    const address = this.req.socket.localAddress ?? '127.0.0.1';
    const host = this.header('host') ?? `${address}:${this.req.socket.localPort}`;
    return `${this.scheme}://${host}`;
  }

  /** The full request URL (the target is kept as sent, not re-encoded). */
  get url(): string {
    return this.absoluteTarget ?? this.base + this.target;
  }
}
