/**
 * `Access-Control-Expose-Headers` naming every header of the answer, so a page's script (reqs on
 * fetch in a browser) can read them all, not only the CORS-safelisted few. httpbin.org does not
 * send it; ours does, for the browser tests. The list is made when the head goes out (every
 * answer passes through `writeHead`, the implicit one too), because handlers set headers late.
 * An explicit list rather than `*`, which a credentialed request takes as a literal name.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Headers fetch never shows a script, or that are about CORS itself: not worth listing. */
const NOT_LISTED = /^(?:access-control-|connection$|keep-alive$|transfer-encoding$|set-cookie2?$)/;

type WriteHead = (statusCode: number, ...rest: unknown[]) => ServerResponse;

/** Makes `res` list its header names in `Access-Control-Expose-Headers` as its head is written. */
export function exposeHeaders(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as WriteHead;
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    const names = new Set(res.getHeaderNames());
    for (const given of rest) for (const name of headerNames(given)) names.add(name);
    if (res.sendDate) names.add('date');
    const listed = [...names].filter((name) => !NOT_LISTED.test(name));
    if (listed.length > 0) res.setHeader('Access-Control-Expose-Headers', listed.join(', '));
    return writeHead(statusCode, ...rest);
  }) as ServerResponse['writeHead'];
}

/** The lower-case names in a `writeHead` headers argument (an object or a flat [name, value, …] list). */
function headerNames(given: unknown): string[] {
  if (Array.isArray(given))
    return given.filter((_, i) => i % 2 === 0).map((name) => String(name).toLowerCase());
  if (typeof given === 'object' && given !== null)
    return Object.keys(given as OutgoingHttpHeaders).map((name) => name.toLowerCase());
  return [];
}
