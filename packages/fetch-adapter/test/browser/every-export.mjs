// Every module of the browser subset, for the bundle guard: whatever any of them imports is resolved.
export * as auth from '@reqs/auth';
export * as cookies from '@reqs/cookies';
export * as core from '@reqs/core';
export * as encoding from '@reqs/encoding';
export * as fetchAdapter from '@reqs/fetch-adapter';
export * as multipart from '@reqs/multipart';
export * as session from '@reqs/session';
