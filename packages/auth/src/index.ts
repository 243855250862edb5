/** @reqs/auth: HTTP Basic, Digest and proxy authentication for reqs, and .netrc lookup. */
export {};
