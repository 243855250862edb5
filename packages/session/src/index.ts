/** @reqs/session: Session for reqs: settings merging, cookie persistence, redirects, environment. */
export { AsyncRequest, type RequestSender } from './async-request.js';
export { defaultHeaders, defaultUserAgent } from './default-headers.js';
export { caBundleFromEnvironment, resolveProxies } from './environment.js';
export { getRedirectTarget } from './get-redirect-target.js';
export {
  type ExceptionHandler,
  imapRequests,
  type MapItem,
  type MapOptions,
  type MapSession,
  mapRequests,
} from './map.js';
export {
  type EnvironmentSettings,
  mergeEnvironmentSettings,
  mergeProxies,
  resolveVerify,
  type SettingsDefaults,
} from './merge-environment-settings.js';
export { mergeHeaders } from './merge-headers.js';
export { mergeHooks } from './merge-hooks.js';
export { mergeSetting } from './merge-setting.js';
export {
  MAP_OPTIONS,
  REQUEST_OPTIONS,
  SEND_OPTIONS,
  SESSION_INIT_OPTIONS,
} from './option-tables.js';
export { type NetrcAuthLookup, type RebuildAuthOptions, rebuildAuth } from './rebuild-auth.js';
export { rebuildMethod } from './rebuild-method.js';
export { rebuildProxies } from './rebuild-proxies.js';
export type {
  RequestOptions,
  SessionInit,
  SessionSendOptions,
  SessionSettings,
} from './request-options.js';
export { type RedirectUrl, resolveRedirectUrl } from './resolve-redirect-url.js';
export {
  type RedirectOptions,
  type RedirectSession,
  resolveRedirects,
  type SendHop,
} from './resolve-redirects.js';
export { Session } from './session.js';
export { type Settings, settings, type VerboseStream } from './settings.js';
export { shouldStripAuth } from './should-strip-auth.js';
export {
  CHANNELS,
  type RequestEndMessage,
  type RequestErrorMessage,
  type RequestRedirectMessage,
  type RequestRetryMessage,
  type RequestStartMessage,
} from './trace.js';
