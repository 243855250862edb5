/** @reqs/codes: HTTP status codes by name, as in Python Requests' codes table. */
export {};
