// The adapter conformance cases of @reqs/adapter-conformance as a vitest suite, for this
// repository's adapters (a third party runs the published cases with its own runner).
import { adapterConformanceCases } from '@reqs/adapter-conformance';
import type { Adapter } from '@reqs/core';
import { describe, it } from 'vitest';

/**
 * Registers a vitest suite running every case of `@reqs/adapter-conformance` against a fresh
 * adapter from `makeAdapter` (closed after each case).
 *
 * @param name shown in the suite title.
 * @param makeAdapter makes a fresh adapter.
 * @example
 * describeAdapterConformance('HTTPAdapter', () => new HTTPAdapter());
 */
export function describeAdapterConformance(name: string, makeAdapter: () => Adapter): void {
  describe(`adapter conformance: ${name}`, () => {
    for (const c of adapterConformanceCases) {
      it(c.name, async () => {
        const adapter = makeAdapter();
        try {
          await c.run(adapter);
        } finally {
          await adapter.close();
        }
      });
    }
  });
}
