/** May a response be stored? (RFC 9111 §3, §3.5), as one pure function. */
import type { Directives } from './cache-control.js';

/** What storing depends on. */
export interface StorableInput {
  readonly method: string;
  readonly status: number;
  readonly requestDirectives: Directives;
  readonly responseDirectives: Directives;
  /** The request carried `Authorization`. */
  readonly authorized: boolean;
  /** `Vary` lists `*`. */
  readonly varyAll: boolean;
  /** The response has `Content-Range` (a partial body). */
  readonly partial: boolean;
  readonly shared: boolean;
  readonly cacheableMethods: ReadonlySet<string>;
  readonly cacheableStatus: ReadonlySet<number>;
}

/** The reason a response is not stored, or null when it may be. */
export function unstorableReason(input: StorableInput): string | null {
  const { responseDirectives: res, requestDirectives: req } = input;
  if (!input.cacheableMethods.has(input.method)) return 'method';
  if (!input.cacheableStatus.has(input.status) || input.status === 206 || input.partial) return 'status';
  if (req.has('no-store') || res.has('no-store')) return 'no-store';
  if (input.shared && res.has('private')) return 'private';
  // §3.5: a shared cache stores answers to authorized requests only when the server allows it.
  if (
    input.shared &&
    input.authorized &&
    !(res.has('public') || res.has('s-maxage') || res.has('must-revalidate'))
  )
    return 'authorization';
  if (input.varyAll) return 'vary';
  return null;
}
