// One InsecureRequestWarning per adapter and host when TLS verification is off (urllib3 warns every time).
import { insecureWarningsDisabled } from './disable-warnings.js';
import type { RoutePlan } from './plan-route.js';

/** Remembers the hosts already warned about. */
export class InsecureWarnings {
  readonly #warned = new Set<string>();

  /** Emits `InsecureRequestWarning` through `process.emitWarning` the first time for this host. */
  warn(plan: RoutePlan): void {
    const route = plan.route;
    const host =
      route.kind === 'unix' ? route.path : route.kind === 'forward' ? route.proxy.host : route.target.host;
    if (this.#warned.has(host) || insecureWarningsDisabled()) return;
    this.#warned.add(host);
    process.emitWarning(
      `Unverified HTTPS request is being made to host '${host}'. Adding certificate verification is strongly advised.`,
      'InsecureRequestWarning',
    );
  }
}
