/**
 * `requests.utils`: the helpers of Requests' utils module that reqs users reach for, gathered
 * from the packages that own them (docs/reference/response.md#utils). Nothing is implemented here.
 * @example
 * ```ts
 * import { utils } from 'reqs';
 *
 * const headers = new utils.CaseInsensitiveDict({ 'Content-Type': 'text/html; charset=ISO-8859-1' });
 * console.log(utils.getEncodingFromHeaders(headers)); // 'ISO-8859-1'
 * console.log(utils.defaultUserAgent()); // 'reqs/…'
 * ```
 */
export { getNetrcAuth } from '@reqs/auth';
export { addDictToCookiejar, cookiejarFromDict, dictFromCookiejar } from '@reqs/cookies';
export {
  CaseInsensitiveDict,
  getEncodingFromHeaders,
  getEnvironProxies,
  getUnicodeFromResponse,
  guessJsonUtf,
  parseDictHeader,
  parseHeaderLinks,
  parseListHeader,
  prependSchemeIfNeeded,
  requoteUri,
  selectProxy,
  shouldBypassProxies,
  superLen,
  unquoteHeaderValue,
  unquoteUnreserved,
} from '@reqs/core';
export { getEncodingsFromContent } from '@reqs/encoding';
export { guessFilename } from '@reqs/multipart';
export { defaultHeaders, defaultUserAgent } from '@reqs/session';
