/** Images: /image (chosen by Accept, 406 otherwise) and /image/png|jpeg|webp|svg. */
import { JPEG, PNG, SVG, WEBP } from '../content/images.js';
import type { Exchange } from '../exchange.js';
import { send } from '../reply.js';
import { type Route, route } from '../router.js';
import { sendStatus } from '../status-response.js';

type Image = [type: string, bytes: string | Uint8Array];

const IMAGES: Record<string, Image> = {
  png: ['image/png', PNG],
  jpeg: ['image/jpeg', JPEG],
  webp: ['image/webp', WEBP],
  svg: ['image/svg+xml', SVG],
};

function serve(name: string) {
  return (ex: Exchange): void => {
    const [type, bytes] = IMAGES[name]!;
    send(ex.res, 200, bytes, { 'Content-Type': type });
  };
}

// httpbin's order of preference, by substring of the Accept header.
function preferred(accept: string | undefined): string | undefined {
  if (accept === undefined) return 'png';
  if (accept.includes('image/webp')) return 'webp';
  if (accept.includes('image/svg+xml')) return 'svg';
  if (accept.includes('image/jpeg')) return 'jpeg';
  if (accept.includes('image/png') || accept.includes('image/*')) return 'png';
  return undefined;
}

function negotiate(ex: Exchange): void {
  const name = preferred(ex.header('accept')?.toLowerCase());
  if (name) serve(name)(ex);
  else sendStatus(ex.res, 406);
}

/** The image routes. */
export const imageRoutes: Route[] = [
  route('GET', '/image', negotiate),
  ...Object.keys(IMAGES).map((name) => route('GET', `/image/${name}`, serve(name))),
];
