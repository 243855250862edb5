/**
 * tough-cookie, loaded on first use: its public-suffix list (tldts) makes it the costliest
 * module of `import('reqs')`, and most programs store no cookie. Loaded synchronously through
 * its CommonJS build so the jar's API stays synchronous.
 */
import { createRequire } from 'node:module';

type ToughCookieModule = typeof import('tough-cookie');

let library: ToughCookieModule | undefined;

/** The tough-cookie module (required on the first call). */
export function toughCookie(): ToughCookieModule {
  library ??= createRequire(import.meta.url)('tough-cookie') as ToughCookieModule;
  return library;
}
