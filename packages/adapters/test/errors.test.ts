import { ConnectionError, ConnectTimeout, InvalidProxyURL, InvalidSchema } from '@reqs/core';
import { startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { prepare, rejection, send } from './helpers.js';

function causeCode(error: Error): unknown {
  return (error.cause as { code?: unknown } | undefined)?.code;
}

describe('connection errors', () => {
  it('a refused connection → ConnectionError with the cause', async () => {
    const server = await startRawServer(() => {});
    const url = `${server.url}/`;
    await server.close();
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', url)));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(ConnectTimeout);
    expect(causeCode(error)).toBe('ECONNREFUSED');
    expect(error.message).toContain(`GET ${url}`);
    expect((error as ConnectionError).request?.url).toBe(url);
    await adapter.close();
  });

  it('an unknown host → ConnectionError with the DNS cause', async () => {
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', 'http://host.invalid/')));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(causeCode(error));
    await adapter.close();
  });

  it('a scheme the adapter does not speak → InvalidSchema', async () => {
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', 'ftp://example.com/file')));
    expect(error).toBeInstanceOf(InvalidSchema);
    await adapter.close();
  });

  it.each(['localhost:3128', 'ftp://proxy:21', 'http://'])(
    'proxy URL %j → InvalidProxyURL',
    async (proxy) => {
      const adapter = new HTTPAdapter();
      const error = await rejection(
        send(adapter, prepare('GET', 'http://example.com/'), { proxies: { http: proxy } }),
      );
      expect(error).toBeInstanceOf(InvalidProxyURL);
      await adapter.close();
    },
  );
});
