/** @reqs/cookies: RequestsCookieJar for reqs, on tough-cookie. */

export { bindCookiesToHost } from './bind-cookies-to-host.js';
export { Cookie, type CookieInit } from './cookie.js';
export { plainCookieJar } from './cookie-brackets.js';
export type { CookieDict } from './cookie-dict.js';
export type { CookieRecord, RequestsCookieJarJSON } from './cookie-json.js';
export { MAX_COOKIE_HEADER_BYTES, MAX_COOKIES, MAX_COOKIES_PER_DOMAIN } from './cookie-limits.js';
export { MAX_COOKIE_BYTES } from './cookie-rules.js';
export { addDictToCookiejar, cookiejarFromDict } from './cookiejar-from-dict.js';
export { type CreateCookieAttributes, createCookie } from './create-cookie.js';
export { dictFromCookiejar } from './dict-from-cookiejar.js';
export { loadNetscapeCookies } from './load-netscape-cookies.js';
export { mergeCookies } from './merge-cookies.js';
export { type CookieInput, RequestsCookieJar } from './requests-cookie-jar.js';
export { CookieEngineUnavailableError } from './tough-cookie.js';
