/** @reqs/codes: HTTP status codes by name, as in Python Requests' codes table. */
export type { Codes, StatusName } from './codes.js';
export { codes } from './codes.js';
export { statusNames } from './status-names.js';
