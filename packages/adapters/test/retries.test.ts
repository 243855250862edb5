import { ConnectionError, ReadTimeout, RetryError } from '@reqs/core';
import { startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { Retry } from '../src/retry.js';
import { fetchAll, prepare, rejection } from './helpers.js';

/** A server answering the n-th request (counting from 0) with `answers[n]` (the last repeats). */
function scripted(answers: Array<string | null>) {
  let n = 0;
  const server = startRawServer((socket) => {
    socket.on('data', () => {
      const answer = answers[Math.min(n, answers.length - 1)]!;
      n += 1;
      // null: hang up without answering.
      if (answer === null) socket.destroy();
      else socket.write(answer);
    });
  });
  return { server, count: () => n };
}

const ok = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
const unavailable = (extra = '') =>
  `HTTP/1.1 503 Service Unavailable\r\n${extra}Content-Length: 4\r\n\r\nbusy`;

describe('retries', () => {
  it('retries statuses in statusForcelist and returns the first good answer', async () => {
    const { server, count } = scripted([unavailable(), unavailable(), ok]);
    await using s = await server;
    const adapter = new HTTPAdapter({ maxRetries: new Retry({ total: 3, statusForcelist: [503] }) });
    try {
      const response = await fetchAll(adapter, prepare('GET', `${s.url}/`));
      expect(response.statusCode).toBe(200);
      expect(count()).toBe(3);
    } finally {
      await adapter.close();
    }
  });

  it('exhausted status retries → RetryError with the last response, or the response with raiseOnStatus: false', async () => {
    const { server, count } = scripted([unavailable()]);
    await using s = await server;
    const raising = new HTTPAdapter({ maxRetries: new Retry({ total: 2, statusForcelist: [503] }) });
    const quiet = new HTTPAdapter({
      maxRetries: new Retry({ total: 2, statusForcelist: [503], raiseOnStatus: false }),
    });
    try {
      const error = await rejection(fetchAll(raising, prepare('GET', `${s.url}/`)));
      expect(error).toBeInstanceOf(RetryError);
      expect((error as RetryError).response?.statusCode).toBe(503);
      expect(count()).toBe(3);
      const response = await fetchAll(quiet, prepare('GET', `${s.url}/`));
      expect(response.statusCode).toBe(503);
      expect(new TextDecoder().decode(response.content)).toBe('busy');
    } finally {
      await raising.close();
      await quiet.close();
    }
  });

  it('honours Retry-After on 503 even without a forcelist', async () => {
    const { server, count } = scripted([unavailable('Retry-After: 1\r\n'), ok]);
    await using s = await server;
    const adapter = new HTTPAdapter({ maxRetries: new Retry({ total: 1 }) });
    try {
      const started = performance.now();
      const response = await fetchAll(adapter, prepare('GET', `${s.url}/`));
      expect(response.statusCode).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(950);
      expect(count()).toBe(2);
    } finally {
      await adapter.close();
    }
  });

  it('does not retry a POST on a status, as urllib3', async () => {
    const { server, count } = scripted([unavailable(), ok]);
    await using s = await server;
    const adapter = new HTTPAdapter({ maxRetries: new Retry({ total: 3, statusForcelist: [503] }) });
    try {
      const response = await fetchAll(adapter, prepare('POST', `${s.url}/`, { data: 'x' }));
      expect(response.statusCode).toBe(503);
      expect(count()).toBe(1);
    } finally {
      await adapter.close();
    }
  });

  it('retries read errors when allowed, for idempotent methods only', async () => {
    const { server, count } = scripted([null, ok]);
    await using s = await server;
    const adapter = new HTTPAdapter({ maxRetries: new Retry({ total: 2, read: 2 }) });
    try {
      const response = await fetchAll(adapter, prepare('PUT', `${s.url}/`, { data: 'body' }));
      expect(response.statusCode).toBe(200);
      expect(count()).toBe(2);
    } finally {
      await adapter.close();
    }
  });

  it('maxRetries: 3 retries connection errors but not read errors, and rethrows the last error', async () => {
    const closed = await startRawServer(() => {});
    const refusedUrl = `${closed.url}/`;
    await closed.close();
    const adapter = new HTTPAdapter({ maxRetries: 3 });
    try {
      const refused = await rejection(fetchAll(adapter, prepare('GET', refusedUrl)));
      expect(refused).toBeInstanceOf(ConnectionError);
      const { server, count } = scripted([null, ok]);
      await using s = await server;
      const broken = await rejection(fetchAll(adapter, prepare('GET', `${s.url}/`)));
      expect(broken).toBeInstanceOf(ConnectionError);
      expect(count()).toBe(1);
    } finally {
      await adapter.close();
    }
  });

  it('a read timeout is retried only with read retries', async () => {
    let n = 0;
    await using s = await startRawServer((socket) => {
      socket.on('data', () => {
        n += 1;
        if (n > 1) socket.write(ok);
      });
    });
    const none = new HTTPAdapter({ maxRetries: 3 });
    const some = new HTTPAdapter({ maxRetries: new Retry({ total: 3, read: 1 }) });
    try {
      expect(await rejection(fetchAll(none, prepare('GET', `${s.url}/`), { timeout: 200 }))).toBeInstanceOf(
        ReadTimeout,
      );
      const response = await fetchAll(some, prepare('GET', `${s.url}/`), { timeout: 200 });
      expect(response.statusCode).toBe(200);
    } finally {
      await none.close();
      await some.close();
    }
  });
});
