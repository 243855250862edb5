import { brand } from './brand.js';

/**
 * More than one cookie matches a name: narrow the lookup with `domain` or `path`.
 * @example
 * const jar = new RequestsCookieJar();
 * jar.set('id', 'a', { domain: 'a.example.com' });
 * jar.set('id', 'b', { domain: 'b.example.com' });
 * try {
 *   jar.get('id');
 * } catch (error) {
 *   if (error instanceof CookieConflictError) console.log(jar.get('id', undefined, { domain: 'b.example.com' })); // 'b'
 * }
 */
export class CookieConflictError extends Error {
  /** The class's name, `'CookieConflictError'`, shown in stack traces and `String(error)`. */
  override name: string = 'CookieConflictError';
}
brand(CookieConflictError, 'CookieConflictError');
