/** @reqs/cookies: RequestsCookieJar for reqs, on tough-cookie. */
export {};
