// When the steps of opening one connection ended, for `response.timings` (performance.now() times).

import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** Times of one dial: the first lookup, TCP connect and TLS handshake seen on its sockets. */
export class DialTimes {
  readonly start = performance.now();
  lookup: number | undefined = undefined;
  connect: number | undefined = undefined;
  secureConnect: number | undefined = undefined;

  /** Records the events of `socket` (each time kept once: a proxy's socket comes first). */
  watch(socket: Socket): void {
    socket.once('lookup', () => {
      this.lookup ??= performance.now();
    });
    socket.once('connect', () => {
      this.connect ??= performance.now();
    });
    socket.once('secureConnect', () => {
      this.secureConnect = performance.now();
    });
  }
}
