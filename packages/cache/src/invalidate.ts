/** Invalidation by unsafe methods (RFC 9111 §4.4). */

/** Methods that do not change the target resource; every other method invalidates. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** True for POST, PUT, DELETE, PATCH and any other method not known to be safe. */
export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

/**
 * The URLs a non-error response to an unsafe request invalidates: the target, and the
 * `Location` and `Content-Location` it names when they are on the same origin (never another
 * origin: that would let one site evict another's responses).
 */
export function invalidatedUrls(
  target: string,
  location: string | undefined,
  contentLocation: string | undefined,
): string[] {
  const urls = [target];
  let origin: string;
  try {
    origin = new URL(target).origin;
  } catch {
    return urls;
  }
  for (const value of [location, contentLocation]) {
    if (value === undefined || value === '') continue;
    try {
      const resolved = new URL(value, target);
      if (resolved.origin === origin) urls.push(resolved.href);
    } catch {
      // Not a URL: nothing to invalidate.
    }
  }
  return urls;
}
