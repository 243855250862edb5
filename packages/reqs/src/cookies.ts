/** `requests.cookies`: the cookie jar and its helpers. */
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
