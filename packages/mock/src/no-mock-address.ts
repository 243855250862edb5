/** The error of a request no mock route answers. */
import { ConnectionError } from '@reqs/core';

const BRAND = Symbol.for('reqs.error.NoMockAddress');

/**
 * No mock route matched the request (and it was not let through to a real adapter): as if
 * the address did not exist, so it is a `ConnectionError`. The message names the method, the
 * URL and the nearest routes, with what differed.
 *
 * @example
 * await expect(s.get('https://api.test/nope')).rejects.toThrow(NoMockAddress);
 */
export class NoMockAddress extends ConnectionError {
  /** Always `'NoMockAddress'`. */
  override name: string = 'NoMockAddress';
}
// A brand of its own, as core's errors: `instanceof` holds across two copies of this package.
Object.defineProperty(NoMockAddress.prototype, BRAND, { value: true });
Object.defineProperty(NoMockAddress, Symbol.hasInstance, {
  value: (value: unknown): boolean =>
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true,
});
