/** Running response hooks (Requests' hooks.dispatch_hook). */
import type { Response } from '../response.js';
import type { SendOptions } from '../send-options.js';
import { type Hooks, type HooksInit, hooksFor } from './hook-types.js';

/**
 * Runs the response hooks in order: each receives the response the previous one returned
 * (or the original when it returned nothing).
 *
 * @returns the response the last hook left in place.
 * @example
 * const hooked = await dispatchHook(request.hooks, 'response', response, options);
 */
export async function dispatchHook(
  hooks: Hooks | HooksInit | null | undefined,
  _event: 'response',
  response: Response,
  options: SendOptions,
): Promise<Response> {
  let current = response;
  for (const hook of hooksFor(hooks, 'response')) {
    const replaced = await hook(current, options);
    if (replaced != null) current = replaced;
  }
  return current;
}
