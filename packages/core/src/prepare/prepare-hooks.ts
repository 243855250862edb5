/** Registering and removing hooks on a request's hook lists. */
import { HOOKS, type HookEvent, type Hooks, type HooksInit, type ResponseHook } from '../hooks.js';

/**
 * Appends the hooks of `init` (one hook or a list per event) to `hooks`.
 *
 * @param only when set, `init` must name this event (from `registerHook`).
 * @throws TypeError for an unsupported event or a hook that is not a function.
 */
export function registerHooks(hooks: Hooks, init: HooksInit | null | undefined, only?: HookEvent): void {
  if (init == null) return;
  for (const event of Object.keys(init)) {
    if (!(HOOKS as readonly string[]).includes(event) || (only !== undefined && event !== only)) {
      throw new TypeError(`Unsupported event specified, with event name "${event}"`);
    }
    const given = init[event as HookEvent] as ResponseHook | Iterable<ResponseHook> | null | undefined;
    if (given == null) continue;
    const list = hooks[event as HookEvent];
    if (typeof given === 'function') list.push(given);
    else for (const hook of given) if (typeof hook === 'function') list.push(hook);
  }
}

/** Removes the first registration of `hook` for `event`; true when there was one. */
export function unregisterHook(hooks: Hooks, event: HookEvent, hook: ResponseHook): boolean {
  const list = hooks[event];
  const index = list === undefined ? -1 : list.indexOf(hook);
  if (index === -1) return false;
  list.splice(index, 1);
  return true;
}
