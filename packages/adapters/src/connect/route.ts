// How a request reaches its origin: directly, over a unix socket, or through a proxy.
import type { ProxyUrl } from '../proxy-url.js';
import type { TcpTarget } from './dial-steps.js';

/**
 * - `direct`: TCP (and TLS for https) to the origin;
 * - `unix`: a unix domain socket (`http+unix://`);
 * - `forward`: an http URL through an HTTP(S) proxy, in absolute form;
 * - `tunnel`: an https URL through an HTTP(S) proxy, over CONNECT;
 * - `socks`: through a SOCKS5 proxy (TLS to the origin on top for https).
 */
export type Route =
  | { readonly kind: 'direct'; readonly target: TcpTarget; readonly secure: boolean }
  | { readonly kind: 'unix'; readonly path: string }
  | { readonly kind: 'forward'; readonly proxy: ProxyUrl }
  | {
      readonly kind: 'tunnel';
      readonly proxy: ProxyUrl;
      readonly target: TcpTarget;
      /** Sent with CONNECT (from the proxy URL, or the request's own Proxy-Authorization). */
      readonly proxyAuthorization: string | null;
    }
  | {
      readonly kind: 'socks';
      readonly proxy: ProxyUrl;
      readonly target: TcpTarget;
      readonly secure: boolean;
    };

/** True when the route speaks TLS with the origin or with the proxy. */
export function usesTls(route: Route): boolean {
  switch (route.kind) {
    case 'direct':
    case 'socks':
      return route.secure;
    case 'tunnel':
      return true;
    case 'forward':
      return route.proxy.scheme === 'https';
    case 'unix':
      return false;
  }
}
