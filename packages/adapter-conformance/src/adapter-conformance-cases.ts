// What a Session expects of a transport adapter, as named cases any test runner can run.
import { strict as assert } from 'node:assert';
import { Readable } from 'node:stream';
import {
  type Adapter,
  ConnectionError,
  PreparedRequest,
  ReadTimeout,
  RequestException,
  type Response,
  type SendOptions,
} from '@reqs/core';
import { type ConformanceServer, startConformanceServer } from './conformance-server.js';

/**
 * One case: a name and a check that throws (node:assert) when the adapter misbehaves.
 * @example
 * ```ts
 * const failed: string[] = [];
 * for (const c of adapterConformanceCases) {
 *   const adapter = new MyAdapter();
 *   await c.run(adapter).catch(() => failed.push(c.name));
 *   await adapter.close();
 * }
 * ```
 */
export interface AdapterConformanceCase {
  /** What the case checks, as a test title. */
  readonly name: string;
  /** Runs the case against `adapter`, with a server of its own; the caller closes the adapter. */
  run(adapter: Adapter): Promise<void>;
}

function prepared(method: string, url: string, data?: string | Uint8Array | Readable): PreparedRequest {
  return new PreparedRequest().prepare({ method, url, ...(data === undefined ? {} : { data }) });
}

function options(extra: Partial<SendOptions> = {}): SendOptions {
  return { stream: true, verify: true, proxies: {}, ...extra };
}

/** Sends, then reads the body, as a Session with `stream: false` does. */
async function exchange(
  adapter: Adapter,
  request: PreparedRequest,
  extra?: Partial<SendOptions>,
): Promise<Response> {
  const response = await adapter.send(request, options(extra));
  await response.read();
  return response;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the exchange to fail');
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** Runs `check` with a fresh conformance server, closed afterwards. */
function withServer(check: (adapter: Adapter, server: ConformanceServer) => Promise<void>) {
  return async (adapter: Adapter): Promise<void> => {
    const server = await startConformanceServer();
    try {
      await check(adapter, server);
    } finally {
      await server.close();
    }
  };
}

/**
 * The cases every transport adapter passes: the response's status, reason, headers (repeated
 * values apart), url, request and body; request bodies; HEAD; gzip; streaming and early close;
 * a truncated body; the read timeout; abort; a refused connection. Give each a fresh adapter.
 *
 * @example
 * for (const c of adapterConformanceCases) it(c.name, async () => {
 *   const adapter = new MyAdapter();
 *   try { await c.run(adapter) } finally { await adapter.close() }
 * });
 */
export const adapterConformanceCases: readonly AdapterConformanceCase[] = [
  {
    name: 'builds the response: status, reason, headers, url, request, body',
    run: withServer(async (adapter, server) => {
      const request = prepared('GET', `${server.url}/plain?x=1`);
      const response = await exchange(adapter, request);
      assert.equal(response.statusCode, 200);
      assert.equal(response.reason, 'Fine');
      assert.equal(response.url, request.url);
      assert.equal(response.request, request);
      assert.equal(response.headers.get('x-case'), 'kept');
      assert.deepEqual(response.headers.getAll('set-cookie'), ['a=1', 'b=2']);
      assert.equal(text(response.content), 'hello');
    }),
  },
  {
    name: 'sends request bodies: string, bytes, stream',
    run: withServer(async (adapter, server) => {
      const bodies = [
        ['text body', 'text body'],
        [new TextEncoder().encode('byte body'), 'byte body'],
        [Readable.from([Buffer.from('stream body')]), 'stream body'],
      ] as const;
      for (const [data, expected] of bodies) {
        const response = await exchange(adapter, prepared('POST', `${server.url}/echo`, data));
        assert.equal(response.headers.get('x-method'), 'POST');
        assert.equal(text(response.content), expected);
      }
    }),
  },
  {
    name: 'answers HEAD with an empty body',
    run: withServer(async (adapter, server) => {
      const response = await exchange(adapter, prepared('HEAD', `${server.url}/plain`));
      assert.equal(response.statusCode, 200);
      assert.equal(response.content.byteLength, 0);
    }),
  },
  {
    name: 'decodes gzip',
    run: withServer(async (adapter, server) => {
      const response = await exchange(adapter, prepared('GET', `${server.url}/gzip`));
      assert.equal(text(response.content), 'decoded');
    }),
  },
  {
    name: 'streams: an unread response can be closed, and the adapter goes on',
    run: withServer(async (adapter, server) => {
      const response = await adapter.send(prepared('GET', `${server.url}/big`), options());
      await response.close();
      assert.equal((await exchange(adapter, prepared('GET', `${server.url}/plain`))).statusCode, 200);
    }),
  },
  {
    name: 'reports a truncated body as an error, never a short body',
    run: withServer(async (adapter, server) => {
      const error = await failure(exchange(adapter, prepared('GET', `${server.url}/truncated`)));
      assert.ok(error instanceof RequestException, `expected a RequestException, got ${String(error)}`);
    }),
  },
  {
    name: 'times out reading with ReadTimeout',
    run: withServer(async (adapter, server) => {
      const error = await failure(exchange(adapter, prepared('GET', `${server.url}/hang`), { timeout: 200 }));
      assert.ok(error instanceof ReadTimeout, `expected a ReadTimeout, got ${String(error)}`);
    }),
  },
  {
    name: 'rejects with the abort signal reason',
    run: withServer(async (adapter, server) => {
      const reason = new Error('aborted by the conformance case');
      const controller = new AbortController();
      const pending = exchange(adapter, prepared('GET', `${server.url}/hang`), { signal: controller.signal });
      setTimeout(() => controller.abort(reason), 20);
      assert.equal(await failure(pending), reason);
    }),
  },
  {
    name: 'fails to connect with ConnectionError carrying the request',
    run: async (adapter) => {
      const closed = await startConformanceServer();
      const url = `${closed.url}/`;
      await closed.close();
      const error = await failure(exchange(adapter, prepared('GET', url)));
      assert.ok(error instanceof ConnectionError, `expected a ConnectionError, got ${String(error)}`);
      assert.equal(error.request?.url, url);
    },
  },
];
