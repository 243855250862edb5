/**
 * tough-cookie, loaded on first use: its public-suffix list (tldts) makes it the costliest
 * module of `import('reqs')`, and most programs store no cookie. Loaded synchronously through
 * its CommonJS build so the jar's API stays synchronous.
 */
import { nodeBuiltin } from '@reqs/core';

type ToughCookieModule = typeof import('tough-cookie');

let library: ToughCookieModule | undefined;

/**
 * The jar's cookie engine cannot be loaded here (a browser): never swallowed as a bad cookie.
 * @example
 * // In a browser bundle, let the browser keep the cookies instead of a jar.
 * try {
 *   jar.storeResponseCookies(['sid=abc; Path=/'], 'https://example.org/');
 * } catch (error) {
 *   if (!(error instanceof CookieEngineUnavailableError)) throw error;
 * }
 */
export class CookieEngineUnavailableError extends Error {
  /** Always `'CookieEngineUnavailableError'`, for logs and checks across realms. */
  override name = 'CookieEngineUnavailableError';
}

/**
 * The tough-cookie module (required on the first call).
 * @throws CookieEngineUnavailableError where the runtime cannot require it synchronously (a browser: there the browser
 *   keeps the cookies, as fetch neither shows `Set-Cookie` nor lets a script send `Cookie`).
 */
export function toughCookie(): ToughCookieModule {
  if (library !== undefined) return library;
  const createRequire = nodeBuiltin<typeof import('node:module')>('node:module')?.createRequire;
  if (createRequire === undefined) {
    throw new CookieEngineUnavailableError(
      "reqs's cookie jar needs a runtime that can require tough-cookie (Node, Bun, Deno). In a browser the " +
        'browser keeps the cookies itself: fetch never shows Set-Cookie and never lets a script send Cookie.',
    );
  }
  library = createRequire(import.meta.url)('tough-cookie') as ToughCookieModule;
  return library;
}
