/** Basic and Bearer auth routes: /basic-auth, /hidden-basic-auth, /bearer. */
import { parseBasic } from '../basic-credentials.js';
import type { Exchange } from '../exchange.js';
import { send, sendJson } from '../reply.js';
import { type Route, route } from '../router.js';
import { sendStatus } from '../status-response.js';

function checkBasic(ex: Exchange): boolean {
  const credentials = parseBasic(ex.header('authorization'));
  return (
    credentials !== undefined &&
    credentials.username === ex.params.user &&
    credentials.password === ex.params.passwd
  );
}

function basicAuth(failure: 401 | 404) {
  return (ex: Exchange): void => {
    if (checkBasic(ex)) sendJson(ex.res, { authenticated: true, user: ex.params.user });
    else sendStatus(ex.res, failure);
  };
}

function bearer(ex: Exchange): void {
  const authorization = ex.header('authorization');
  if (authorization?.startsWith('Bearer ')) {
    sendJson(ex.res, { authenticated: true, token: authorization.slice('Bearer '.length) });
  } else {
    send(ex.res, 401, '', { 'Content-Type': 'text/html; charset=utf-8', 'WWW-Authenticate': 'Bearer' });
  }
}

/** The Basic and Bearer routes. */
export const authRoutes: Route[] = [
  route('GET', '/basic-auth/{user}/{passwd}', basicAuth(401)),
  route('GET', '/hidden-basic-auth/{user}/{passwd}', basicAuth(404)),
  route('GET', '/bearer', bearer),
];
