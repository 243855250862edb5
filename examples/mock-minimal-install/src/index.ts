/** reqs-example-mock-minimal-install: code that uses reqs, tested with @reqs/mock and no transport installed. */
export { fetchUser, type GitHubUser } from './fetch-user.js';
