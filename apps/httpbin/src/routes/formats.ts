/** Response formats: /html, /xml, /json, /robots.txt, /deny, /forms/post. */
import { DENIED, ROBOTS_TXT } from '../content/ascii-art.js';
import { FORM_PAGE, HTML_PAGE, JSON_DOCUMENT, XML_DOCUMENT } from '../content/documents.js';
import { send, sendHtml, sendText } from '../reply.js';
import { type Route, route } from '../router.js';

/** The document routes. */
export const formatRoutes: Route[] = [
  route('GET', '/html', (ex) => sendHtml(ex.res, HTML_PAGE)),
  route('GET', '/xml', (ex) => send(ex.res, 200, XML_DOCUMENT, { 'Content-Type': 'application/xml' })),
  // httpbin uses Flask's own jsonify here, which adds no trailing newline.
  route('GET', '/json', (ex) =>
    send(ex.res, 200, JSON.stringify(JSON_DOCUMENT, null, 2), { 'Content-Type': 'application/json' }),
  ),
  route('GET', '/robots.txt', (ex) => sendText(ex.res, ROBOTS_TXT)),
  route('GET', '/deny', (ex) => sendText(ex.res, DENIED)),
  route('GET', '/forms/post', (ex) => sendHtml(ex.res, FORM_PAGE)),
];
