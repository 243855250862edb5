/** loadNetscapeCookies: cookies.txt into a jar. */
import { RequestsCookieJar } from './requests-cookie-jar.js';

/**
 * Loads a Netscape `cookies.txt` text (curl's `-c`/`-b` file, a browser export) into `jar`, or
 * into a new jar, and returns the jar. Comments, malformed lines, expired cookies and cookies a
 * browser would refuse are skipped. Save with `jar.toNetscape()`.
 *
 * @example
 * ```ts
 * const jar = loadNetscapeCookies(await readFile('cookies.txt', 'utf8'));
 * await writeFile('cookies.txt', jar.toNetscape());
 * ```
 */
export function loadNetscapeCookies(text: string, jar?: RequestsCookieJar): RequestsCookieJar {
  const loaded = RequestsCookieJar.fromNetscape(text);
  if (jar === undefined) return loaded;
  jar.update(loaded);
  return jar;
}
