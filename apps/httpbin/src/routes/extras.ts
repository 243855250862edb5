/** Routes beyond httpbin, for client tests: /multipart-echo, /connection-count, /client-cert. */
import type { TLSSocket } from 'node:tls';
import type { Exchange } from '../exchange.js';
import { boundaryOf, splitMultipart } from '../multipart-echo.js';
import { sendJson, sendText } from '../reply.js';
import { type Route, route } from '../router.js';

async function multipartEcho(ex: Exchange): Promise<void> {
  const boundary = boundaryOf(ex.header('content-type'));
  if (!boundary) return sendText(ex.res, 'expected a multipart Content-Type with a boundary', 400);
  sendJson(ex.res, splitMultipart(await ex.rawBody(), boundary));
}

function clientCert(ex: Exchange): void {
  if (!ex.secure) {
    sendJson(ex.res, { tls: false, authorized: false, subject: null, issuer: null });
    return;
  }
  const socket = ex.req.socket as TLSSocket;
  const cert = socket.getPeerCertificate();
  const present = cert && Object.keys(cert).length > 0;
  sendJson(ex.res, {
    tls: true,
    authorized: socket.authorized,
    subject: present ? { ...cert.subject } : null,
    issuer: present ? { ...cert.issuer } : null,
  });
}

/** The extra routes. */
export const extraRoutes: Route[] = [
  route(['POST', 'PUT', 'PATCH'], '/multipart-echo', multipartEcho),
  route('GET', '/connection-count', (ex) => sendJson(ex.res, { connections: ex.server.connections })),
  route('GET', '/client-cert', clientCert),
];
