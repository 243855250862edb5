// Imports the reqs meta-package and checks it has what the bench calls, so a half-built
// package fails with one clear message instead of a TypeError in the middle of a round.

/**
 * The part of reqs the bench uses (typed here so the harness does not depend on reqs' types
 * while the package is being written).
 * @typedef {{ text: string, json(): unknown, iterContent(): AsyncIterable<Uint8Array> }} ReqsResponse
 * @typedef {(url: string, options?: Record<string, unknown>) => Promise<ReqsResponse>} ReqsVerb
 * @typedef {{ get: ReqsVerb, post: ReqsVerb, close(): Promise<void> }} ReqsSession
 * @typedef {{ get: ReqsVerb, post: ReqsVerb, Session: new () => ReqsSession }} Reqs
 */

/** @returns {Promise<Reqs>} */
export async function loadReqs() {
  /** @type {Record<string, unknown>} */
  const mod = await import('reqs');
  const requests = /** @type {Partial<Reqs>} */ (mod.default ?? mod);
  for (const name of /** @type {const} */ (['get', 'post', 'Session'])) {
    if (typeof requests[name] !== 'function') throw new Error(`reqs has no ${name}() yet`);
  }
  return /** @type {Reqs} */ (requests);
}
