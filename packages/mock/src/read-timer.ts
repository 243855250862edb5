/** Waiting as a transport waits: bounded by the read timeout, cut short by the abort signal. */
import { type PreparedRequest, ReadTimeout, redactUrl } from '@reqs/core';

/** The ReadTimeout a transport raises after `read` ms of silence (HTTPAdapter's message). */
export function readTimeoutError(request: PreparedRequest, read: number): ReadTimeout {
  return new ReadTimeout(
    `Read timed out. (read timeout=${read} ms) (${request.method} ${redactUrl(request.url)})`,
    {
      request,
    },
  );
}

/**
 * Settles as `work` does, unless `read` ms pass first (ReadTimeout) or `signal` aborts (its
 * reason). `work` null means "nothing arrives for `delay` ms, then this resolves".
 */
export function withinReadTimeout<T>(
  work: Promise<T> | null,
  delay: number,
  read: number | null,
  signal: AbortSignal | undefined,
  request: PreparedRequest,
): Promise<T | undefined> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<T | undefined>((resolve, reject) => {
    const timers: NodeJS.Timeout[] = [];
    const settle = () => {
      for (const timer of timers) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      settle();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (read !== null && (work !== null || read < delay)) {
      timers.push(
        setTimeout(() => {
          settle();
          reject(readTimeoutError(request, read));
        }, read),
      );
    }
    if (work === null) {
      timers.push(
        setTimeout(() => {
          settle();
          resolve(undefined);
        }, delay),
      );
      return;
    }
    work.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
