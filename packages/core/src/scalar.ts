/**
 * A form or query value: booleans encode as `true`/`false`.
 *
 * @example
 * const query: Record<string, Scalar> = { q: 'reqs', page: 2, draft: false };
 * await requests.get('https://httpbin.org/get', { params: query }); // ?q=reqs&page=2&draft=false
 */
export type Scalar = string | number | boolean;
