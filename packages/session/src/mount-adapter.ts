/** The adapter table of a session: mounting by URL prefix, and lookup (longest prefix first). */
import { type Adapter, InvalidSchema } from '@reqs/core';

/**
 * Mounts `adapter` for URLs starting with `prefix` (case-insensitive), keeping the table
 * ordered longest prefix first, as Requests' `Session.mount`: a prefix mounted again keeps its
 * place, and shorter prefixes move after the new one.
 *
 * @example
 * mountAdapter(session.adapters, 'https://api.example.com', new HTTPAdapter({ maxRetries: 3 }));
 */
export function mountAdapter(adapters: Map<string, Adapter>, prefix: string, adapter: Adapter): void {
  adapters.set(prefix, adapter);
  for (const [key, value] of [...adapters]) {
    if (key.length < prefix.length) {
      adapters.delete(key);
      adapters.set(key, value);
    }
  }
}

/**
 * The first adapter (in table order) whose prefix starts `url`, in any casing.
 *
 * @throws InvalidSchema `No connection adapters were found for '<url>'`.
 */
export function findAdapter(adapters: ReadonlyMap<string, Adapter>, url: string): Adapter {
  for (const [prefix, adapter] of adapters) {
    if (
      url.startsWith(prefix) ||
      (url.length >= prefix.length && url.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase())
    ) {
      return adapter;
    }
  }
  throw new InvalidSchema(`No connection adapters were found for '${url}'`);
}
