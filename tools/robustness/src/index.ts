/** @reqs/robustness: hostile raw-socket servers and helpers for reqs' robustness suite. */
export { checkRecovery, type RecoveryOptions } from './check-recovery.js';
export { type ConnectProxy, startConnectProxy } from './connect-proxy.js';
export { createSession, type SessionInit } from './create-session.js';
export { type HostileServer, OK_RESPONSE, type Route, startHostileServer } from './hostile-server.js';
export { header, headerValues, parseRequestHead, type ReceivedRequest } from './received-request.js';
export { readRequests } from './request-reader.js';
export { waitForOpenSockets } from './wait-for-sockets.js';
