/** URL preparation (being completed). */
import type { ParamsInit } from '../request-init.js';

/** The URL to send. */
export function prepareUrl(url: string | URL | null | undefined, _params?: ParamsInit | null): string {
  return url == null ? '' : String(url).trimStart();
}
