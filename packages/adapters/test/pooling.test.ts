import { startServer } from '@reqs/httpbin';
import { createTlsFixture, startRawServer, startTlsServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send, sleep } from './helpers.js';

async function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await sleep(10);
  }
}

describe('pooling and keep-alive', () => {
  it('reuses one connection for sequential requests whose bodies were read', async () => {
    await using server = await startServer();
    const adapter = new HTTPAdapter();
    try {
      for (let i = 0; i < 5; i++) {
        const response = await fetchAll(adapter, prepare('GET', `${server.url}/get`));
        expect(response.statusCode).toBe(200);
      }
      expect(server.connections).toBe(1);
    } finally {
      await adapter.close();
    }
  });

  it('closing an unread streamed response closes its connection instead of leaking it', async () => {
    const chunk = Buffer.alloc(65_536, 120);
    await using server = await startRawServer((socket) => {
      socket.once('data', () => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10485760\r\n\r\n');
        const pump = () => {
          while (socket.writable && socket.write(chunk)) {}
        };
        socket.on('drain', pump);
        pump();
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await send(adapter, prepare('GET', `${server.url}/big`));
      expect(response.statusCode).toBe(200);
      await response.close();
      await waitFor(() => server.openConnections === 0);
      // The adapter is fine afterwards and opens a fresh connection.
      const again = await send(adapter, prepare('GET', `${server.url}/big`));
      await again.close();
      expect(server.connections).toBe(2);
    } finally {
      await adapter.close();
    }
  });

  it('poolBlock waits for a free connection: never more than poolMaxsize at once', async () => {
    await using server = await startServer();
    const adapter = new HTTPAdapter({ poolMaxsize: 2, poolBlock: true });
    try {
      const all = Array.from({ length: 5 }, () =>
        fetchAll(adapter, prepare('GET', `${server.url}/delay/0.1`)),
      );
      const responses = await Promise.all(all);
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
      expect(server.connections).toBe(2);
    } finally {
      await adapter.close();
    }
  });

  it('a request waiting for a blocked pool ends with its abort signal', async () => {
    await using server = await startRawServer(() => {});
    const adapter = new HTTPAdapter({ poolMaxsize: 1, poolBlock: true });
    try {
      const busy = send(adapter, prepare('GET', `${server.url}/`), { timeout: 3_000 });
      const reason = new Error('gave up waiting');
      const waiting = send(adapter, prepare('GET', `${server.url}/`), { signal: AbortSignal.abort(reason) });
      expect(await rejection(waiting)).toBe(reason);
      const controller = new AbortController();
      const later = send(adapter, prepare('GET', `${server.url}/`), { signal: controller.signal });
      setTimeout(() => controller.abort(reason), 20);
      const started = performance.now();
      expect(await rejection(later)).toBe(reason);
      // Well before the busy request times out and frees the pool (3 s).
      expect(performance.now() - started).toBeLessThan(1_500);
      expect((await rejection(busy)).name).toBe('ReadTimeout');
    } finally {
      await adapter.close();
    }
  });

  it('without poolBlock opens extra connections and keeps only poolMaxsize', async () => {
    await using server = await startRawServer((socket) => {
      socket.on('data', () => {
        setTimeout(() => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'), 50);
      });
    });
    const adapter = new HTTPAdapter({ poolMaxsize: 2 });
    try {
      await Promise.all(Array.from({ length: 5 }, () => fetchAll(adapter, prepare('GET', `${server.url}/`))));
      expect(server.connections).toBe(5);
      await waitFor(() => server.openConnections === 2);
      for (let i = 0; i < 3; i++) await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(server.connections).toBe(5);
    } finally {
      await adapter.close();
    }
  });

  it('under sustained concurrency beyond poolMaxsize reuses surplus connections (urllib3 _put_conn)', async () => {
    await using server = await startRawServer((socket) => {
      socket.on('data', () => {
        setTimeout(() => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'), 2);
      });
    });
    const adapter = new HTTPAdapter({ poolMaxsize: 4 });
    try {
      const worker = async () => {
        for (let i = 0; i < 8; i++) await fetchAll(adapter, prepare('GET', `${server.url}/`));
      };
      await Promise.all(Array.from({ length: 64 }, worker));
      // 512 requests; a connection per surplus request would be ~450 connections.
      expect(server.connections).toBeGreaterThanOrEqual(64);
      expect(server.connections).toBeLessThan(200);
      // After the burst only poolMaxsize stay idle; the rest are closed.
      await waitFor(() => server.openConnections === 4);
      for (let i = 0; i < 3; i++) await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(server.openConnections).toBe(4);
    } finally {
      await adapter.close();
    }
  });

  it('poolBlock bounds the total under 64-way concurrency and reuses its connections', async () => {
    let busy = 0;
    let peak = 0;
    await using server = await startRawServer((socket) => {
      socket.on('data', () => {
        busy += 1;
        peak = Math.max(peak, busy);
        setTimeout(() => {
          busy -= 1;
          socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
        }, 2);
      });
    });
    const adapter = new HTTPAdapter({ poolMaxsize: 4, poolBlock: true });
    try {
      const all = Array.from({ length: 64 }, () => fetchAll(adapter, prepare('GET', `${server.url}/`)));
      const responses = await Promise.all(all);
      expect(responses.every((r) => r.statusCode === 200)).toBe(true);
      expect(server.connections).toBe(4);
      expect(peak).toBeLessThanOrEqual(4);
    } finally {
      await adapter.close();
    }
  });

  it('a connection that cannot be reused frees its slot for a new one', async () => {
    await using server = await startRawServer((socket) => {
      socket.on('data', () => {
        socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok');
      });
    });
    const adapter = new HTTPAdapter({ poolMaxsize: 2, poolBlock: true });
    try {
      const all = Array.from({ length: 6 }, () => fetchAll(adapter, prepare('GET', `${server.url}/`)));
      expect((await Promise.all(all)).map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(server.connections).toBe(6);
      await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(server.connections).toBe(7);
    } finally {
      await adapter.close();
    }
  });

  it('keeps at most poolConnections pools, closing the least recently used', async () => {
    await using one = await startServer();
    await using two = await startServer();
    const adapter = new HTTPAdapter({ poolConnections: 1 });
    try {
      await fetchAll(adapter, prepare('GET', `${one.url}/get`));
      await fetchAll(adapter, prepare('GET', `${two.url}/get`));
      await fetchAll(adapter, prepare('GET', `${one.url}/get`));
      expect(one.connections).toBe(2);
      expect(two.connections).toBe(1);
    } finally {
      await adapter.close();
    }
  });

  it('close() ends every idle socket, and the adapter still works afterwards', async () => {
    await using server = await startRawServer((socket) => {
      socket.on('data', () => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    });
    const adapter = new HTTPAdapter();
    await Promise.all(Array.from({ length: 3 }, () => fetchAll(adapter, prepare('GET', `${server.url}/`))));
    expect(server.openConnections).toBe(3);
    await adapter.close();
    await waitFor(() => server.openConnections === 0);
    await fetchAll(adapter, prepare('GET', `${server.url}/`));
    await adapter.close();
  });

  it('never shares a pool across TLS settings (CVE-2024-35195)', async () => {
    await using tls = await createTlsFixture();
    await using server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    const adapter = new HTTPAdapter();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const insecure = await fetchAll(adapter, prepare('GET', `${server.url}/`), { verify: false });
      expect(insecure.statusCode).toBe(200);
      // The insecure connection must not serve a verifying request.
      const error = await rejection(fetchAll(adapter, prepare('GET', `${server.url}/`), { verify: true }));
      expect(error.name).toBe('SSLError');
      const verified = await fetchAll(adapter, prepare('GET', `${server.url}/`), { verify: tls.caFile });
      expect(verified.statusCode).toBe(200);
      expect(server.connections).toBe(3);
      await sleep(0);
      expect(warnings).toEqual(['InsecureRequestWarning']);
    } finally {
      process.off('warning', onWarning);
      await adapter.close();
    }
  });
});
