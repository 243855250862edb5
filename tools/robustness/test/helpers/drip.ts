// A route that writes its bytes one at a time, every `everyMs`, until done or the socket closes.
import type { Socket } from 'node:net';

/** Writes `bytes` (latin-1) one byte per `everyMs`, the first after `everyMs`; resolves when done or closed. */
export function drip(socket: Socket, bytes: string, everyMs: number): Promise<void> {
  return new Promise((resolve) => {
    let at = 0;
    const stop = () => {
      clearInterval(timer);
      resolve();
    };
    const timer = setInterval(() => {
      if (socket.destroyed || at >= bytes.length) return stop();
      socket.write(bytes.charAt(at++), 'latin1');
    }, everyMs);
    socket.once('close', stop);
  });
}
