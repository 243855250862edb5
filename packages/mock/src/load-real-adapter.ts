/** The real transport for passthrough: @reqs/adapters' HTTPAdapter, loaded only when needed. */
import type { Adapter } from '@reqs/core';
import { NoMockAddress } from './no-mock-address.js';

// A variable, not a literal: this package depends on @reqs/core only, so neither the compiler
// nor a bundler may take @reqs/adapters for a dependency. It is an optional peer.
const ADAPTERS_PACKAGE = '@reqs/adapters';

/**
 * A new `HTTPAdapter` from `@reqs/adapters`.
 * @throws NoMockAddress when the package is not installed, saying how to give a real adapter.
 */
export async function loadRealAdapter(): Promise<Adapter> {
  let module: { HTTPAdapter?: new () => Adapter };
  try {
    module = (await import(ADAPTERS_PACKAGE)) as typeof module;
  } catch (error) {
    throw new NoMockAddress(
      `Passthrough needs a real adapter: install ${ADAPTERS_PACKAGE}, or give one with new MockAdapter({ realAdapter })`,
      { cause: error },
    );
  }
  if (module.HTTPAdapter === undefined) throw new NoMockAddress(`${ADAPTERS_PACKAGE} exports no HTTPAdapter`);
  return new module.HTTPAdapter();
}
