/**
 * `requests.cookies`: the cookie jar and its helpers.
 * @example
 * ```ts
 * import { cookies } from 'reqs';
 *
 * const jar = cookies.cookiejarFromDict({ flavor: 'chocolate' });
 * console.log(jar.get('flavor')); // 'chocolate'
 * ```
 */
export {
  addDictToCookiejar,
  Cookie,
  cookiejarFromDict,
  createCookie,
  dictFromCookiejar,
  loadNetscapeCookies,
  mergeCookies,
  RequestsCookieJar,
} from '@reqs/cookies';
