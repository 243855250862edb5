/** @reqs/session: Session for reqs: settings merging, cookie persistence, redirects, environment. */
export {};
