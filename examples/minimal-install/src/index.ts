/** reqs-example-minimal-install: reqs with only @reqs/core, @reqs/session and @reqs/adapters. */
export { createSession } from './create-session.js';
