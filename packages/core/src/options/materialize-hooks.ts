/** Hook lists that can be read only once (a generator) made arrays before they are checked. */

/**
 * `options` with every hook list of `options.hooks` that is an iterable but not an array (a
 * generator, a Set) made an array, so that the option check and the registration after it
 * both see every hook. Returns `options` itself when there is nothing to change (no copy on
 * the common path); never changes the caller's objects.
 *
 * @example
 * function* logging() { yield logUrl; yield logStatus; }
 * materializeHooks({ hooks: { response: logging() } }); // { hooks: { response: [logUrl, logStatus] } }
 */
export function materializeHooks<T extends object>(options: T): T {
  const hooks = (options as { hooks?: unknown }).hooks;
  if (hooks == null || typeof hooks !== 'object') return options;
  let lists: Record<string, unknown> | null = null;
  for (const event in hooks) {
    const list = (hooks as Record<string, unknown>)[event];
    if (!isOneShotCandidate(list)) continue;
    lists ??= { ...hooks };
    lists[event] = Array.from(list);
  }
  return lists === null ? options : { ...options, hooks: lists };
}

/** An iterable object that is not an array: it may be read only once, so it is read here. */
function isOneShotCandidate(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
  );
}
