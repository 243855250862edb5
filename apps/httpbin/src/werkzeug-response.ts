/** Status lines as werkzeug writes them: the reason phrase in upper case (`404 NOT FOUND`). */
import {
  type IncomingMessage,
  type OutgoingHttpHeader,
  type OutgoingHttpHeaders,
  ServerResponse,
  STATUS_CODES,
} from 'node:http';

/** werkzeug's reason phrase for `code`: Node's phrase upper-cased, `UNKNOWN` for a code it lacks. */
export function reasonPhrase(code: number): string {
  return STATUS_CODES[code]?.toUpperCase() ?? 'UNKNOWN';
}

type Headers = OutgoingHttpHeaders | OutgoingHttpHeader[];

/**
 * The server's response class: every status line gets {@link reasonPhrase} unless a handler
 * passes its own phrase. Implicit headers (`res.statusCode = n; res.end()`) go through
 * `writeHead` too, so this is the one place reasons are chosen.
 */
export class WerkzeugResponse<
  Request extends IncomingMessage = IncomingMessage,
> extends ServerResponse<Request> {
  override writeHead(statusCode: number, reason?: string | Headers, headers?: Headers): this {
    if (typeof reason === 'string') return super.writeHead(statusCode, reason, headers);
    return super.writeHead(statusCode, reasonPhrase(statusCode), reason);
  }
}
