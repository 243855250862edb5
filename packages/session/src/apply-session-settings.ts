/** The settings of `new Session(init)` put on the session (Requests 0.x's `session(**kwargs)`). */
import { cookiejarFromDict } from '@reqs/cookies';
import {
  type Auth,
  type CaseInsensitiveDict,
  type Cert,
  type CookieJar,
  type CookiesInit,
  type Hooks,
  type HooksInit,
  registerHooks,
  type Scalar,
  type TimeoutSpec,
} from '@reqs/core';
import type { SessionSettings } from './request-options.js';
import type { VerboseStream } from './settings.js';

/** The session state the settings land in (a `Session` is one). */
export interface SettingsTarget {
  auth: Auth | null;
  proxies: Record<string, string>;
  hooks: Hooks;
  params: Record<string, Scalar | Scalar[] | null>;
  stream: boolean;
  verify: boolean | string;
  cert: Cert | null;
  timeout: TimeoutSpec | undefined;
  maxRedirects: number;
  trustEnv: boolean;
  verbose: VerboseStream | null;
}

/**
 * Puts `init`'s settings on `session`: `headers` over the default headers (a `null` value
 * removes one), `hooks` after none, `params` and `proxies` copied (later changes to the
 * objects given do not reach the session), the scalars as given. Values were checked by the
 * option table before.
 */
export function applySessionSettings(
  session: SettingsTarget,
  headers: CaseInsensitiveDict<string | null>,
  init: SessionSettings,
): void {
  if (init.headers != null) headers.update(init.headers as Iterable<readonly [string, string | null]>);
  if (init.auth != null) session.auth = init.auth;
  if (init.params != null) session.params = { ...init.params };
  if (init.proxies != null) session.proxies = definedProxies(init.proxies);
  if (init.hooks != null) registerHooks(session.hooks, init.hooks as HooksInit);
  if (init.stream != null) session.stream = init.stream;
  if (init.verify != null) session.verify = init.verify;
  if (init.cert != null) session.cert = init.cert;
  if (init.timeout !== undefined) session.timeout = init.timeout;
  if (init.maxRedirects != null) session.maxRedirects = init.maxRedirects;
  if (init.trustEnv != null) session.trustEnv = init.trustEnv;
  if (init.verbose != null) session.verbose = init.verbose;
}

/** The jar of `new Session({ cookies })`: a jar as given, an object of cookies in a new jar. */
export function sessionCookieJar(
  cookies: CookiesInit | null | undefined,
  makeJar: () => CookieJar,
): CookieJar {
  if (cookies == null) return makeJar();
  if (typeof (cookies as Partial<CookieJar>).cookieHeaderFor === 'function') return cookies as CookieJar;
  return cookiejarFromDict(cookies as Readonly<Record<string, string>>, makeJar());
}

function definedProxies(proxies: Readonly<Record<string, string | null>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, url] of Object.entries(proxies)) if (url != null) out[key] = url;
  return out;
}
