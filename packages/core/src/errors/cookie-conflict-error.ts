import { brand } from './brand.js';

/** More than one cookie matches a name: narrow the lookup with `domain` or `path`. */
export class CookieConflictError extends Error {
  override name: string = 'CookieConflictError';
}
brand(CookieConflictError, 'CookieConflictError');
