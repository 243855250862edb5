/** The transport settings of one request: request over session over environment (Requests' merge_environment_settings). */
import type { Cert } from '@reqs/core';
import { caBundleFromEnvironment, resolveProxies } from './environment.js';
import { isEmptySetting, mergeSetting } from './merge-setting.js';

/**
 * The session values that settings fall back to (a `Session` is one).
 * @example
 * const defaults: SettingsDefaults = { trustEnv: true, proxies: {}, stream: false, verify: true, cert: null };
 * mergeEnvironmentSettings(defaults, 'https://httpbin.org/get', null, true, null, null).stream; // true
 */
export interface SettingsDefaults {
  /** Whether the environment (proxy variables, `REQUESTS_CA_BUNDLE`) is read. */
  readonly trustEnv: boolean;
  /** The session's proxies by scheme or `scheme://host`, under the request's. */
  readonly proxies: Readonly<Record<string, string>>;
  /** Whether responses stream their body by default. */
  readonly stream: boolean;
  /** TLS verification by default: `true`, `false` or the path of a CA bundle. */
  readonly verify: boolean | string;
  /** The client certificate sent by default, or null for none. */
  readonly cert: Cert | null;
}

/**
 * The settings `send` gets: what {@link mergeEnvironmentSettings} returns for one request.
 * @example
 * const settings: EnvironmentSettings = mergeEnvironmentSettings(s, 'https://httpbin.org/get', null, null, null, null);
 * const r = await s.send(s.prepareRequest(new Request('GET', 'https://httpbin.org/get')), settings);
 */
export interface EnvironmentSettings {
  /** The proxies for the request's URL: the request's over the session's, plus the environment's. */
  proxies: Record<string, string>;
  /** Whether the response streams its body. */
  stream: boolean;
  /** TLS verification: `true`, `false` or the path of a CA bundle (maybe from `REQUESTS_CA_BUNDLE`). */
  verify: boolean | string;
  /** The client certificate to send, or null for none. */
  cert: Cert | null;
}

/**
 * The request's proxies merged over the session's (`null` removes a session entry). The
 * environment's proxies are not in it: `resolveProxies` adds them per URL, per redirect hop.
 *
 * @example
 * mergeProxies({ https: null, http: 'http://proxy:3128' }, { https: 'http://other:8080' });
 * // { http: 'http://proxy:3128' }
 */
export function mergeProxies(
  requestProxies: Readonly<Record<string, string | null>> | null | undefined,
  sessionProxies: Readonly<Record<string, string>>,
): Record<string, string> {
  if (isEmptySetting(requestProxies)) return { ...sessionProxies };
  return (mergeSetting<Readonly<Record<string, string | null>>>(requestProxies, sessionProxies) ??
    {}) as Record<string, string>;
}

/**
 * `verify` for a request: the request's value, else the session's; when that is `true`
 * (verify with the default CA store) and `trustEnv` is on, `REQUESTS_CA_BUNDLE` or
 * `CURL_CA_BUNDLE` names the CA store instead. `false` or a path set on the request or the
 * session is never overridden by the environment (Requests issue #3829).
 *
 * @example
 * // REQUESTS_CA_BUNDLE=/etc/ssl/corp.pem
 * resolveVerify(null, true, true); // '/etc/ssl/corp.pem'
 * resolveVerify(false, true, true); // false: an explicit setting beats the environment
 */
export function resolveVerify(
  requestVerify: boolean | string | null | undefined,
  sessionVerify: boolean | string,
  trustEnv: boolean,
): boolean | string {
  const verify = requestVerify ?? sessionVerify;
  if (verify === true && trustEnv) return caBundleFromEnvironment() ?? true;
  return verify;
}

/**
 * Request settings merged over the session's and the environment's, as Requests'
 * `Session.merge_environment_settings`, with explicit settings winning over the environment.
 *
 * @example
 * mergeEnvironmentSettings(session, 'https://example.com/', null, null, null, null);
 * // { proxies: { https: 'http://proxy:3128' }, stream: false, verify: '/etc/ca.pem', cert: null }
 */
export function mergeEnvironmentSettings(
  defaults: SettingsDefaults,
  url: string,
  proxies: Readonly<Record<string, string | null>> | null | undefined,
  stream: boolean | null | undefined,
  verify: boolean | string | null | undefined,
  cert: Cert | null | undefined,
): EnvironmentSettings {
  const explicit = mergeProxies(proxies, defaults.proxies);
  return {
    proxies: resolveProxies(url, explicit, defaults.trustEnv),
    stream: stream ?? defaults.stream,
    verify: resolveVerify(verify, defaults.verify, defaults.trustEnv),
    cert: cert ?? defaults.cert,
  };
}
