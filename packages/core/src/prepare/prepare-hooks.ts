/** Registering and removing hooks on a request's hook lists. */
import { type AnyHook, HOOKS, type HookEvent, type Hooks, type HooksInit } from '../hooks/hook-types.js';

/**
 * Appends the hooks of `init` (one hook or a list per event) to `hooks`, creating an event's
 * list when its first hook arrives.
 *
 * @param only when set, `init` must name this event (from `registerHook`).
 * @throws TypeError for an unsupported event.
 * @example
 * // A layer keeping hook lists of its own, as a Session does:
 * const hooks = defaultHooks();
 * registerHooks(hooks, { response: [logUrl, logStatus], error: (error) => console.error(error) });
 */
export function registerHooks(hooks: Hooks, init: HooksInit | null | undefined, only?: HookEvent): void {
  if (init == null) return;
  for (const event of Object.keys(init)) {
    if (!(HOOKS as readonly string[]).includes(event) || (only !== undefined && event !== only)) {
      throw new TypeError(`Unsupported event specified, with event name "${event}"`);
    }
    const given = init[event as HookEvent] as AnyHook | Iterable<AnyHook> | null | undefined;
    if (given == null) continue;
    const list = listOf(hooks, event as HookEvent);
    if (typeof given === 'function') list.push(given);
    else for (const hook of given) if (typeof hook === 'function') list.push(hook);
  }
}

function listOf(hooks: Hooks, event: HookEvent): AnyHook[] {
  const existing = hooks[event] as AnyHook[] | undefined;
  if (existing !== undefined) return existing;
  const created: AnyHook[] = [];
  (hooks as Record<HookEvent, AnyHook[]>)[event] = created;
  return created;
}

/**
 * Removes the first registration of `hook` for `event`; true when there was one.
 * @example
 * const hooks = defaultHooks();
 * registerHooks(hooks, { response: logUrl });
 * unregisterHook(hooks, 'response', logUrl); // true
 */
export function unregisterHook(hooks: Hooks, event: HookEvent, hook: AnyHook): boolean {
  const list = hooks[event] as AnyHook[] | undefined;
  const index = list === undefined ? -1 : list.indexOf(hook);
  if (index === -1) return false;
  list?.splice(index, 1);
  return true;
}
