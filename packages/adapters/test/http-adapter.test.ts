import { startServer } from '@reqs/httpbin';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare } from './helpers.js';

describe('HTTPAdapter basics', () => {
  it('sends a GET and builds the response', async () => {
    await using server = await startServer();
    const adapter = new HTTPAdapter();
    try {
      const request = prepare('GET', `${server.url}/get?a=1`, { headers: { 'X-Test': 'yes' } });
      const response = await fetchAll(adapter, request);
      expect(response.statusCode).toBe(200);
      expect(response.reason).toBe('OK');
      expect(response.url).toBe(request.url);
      expect(response.request).toBe(request);
      expect(response.connection).toBe(adapter);
      expect(response.elapsed).toBeGreaterThan(0);
      expect(response.headers.get('content-type')).toBe('application/json');
      const body = response.json<{ args: Record<string, string>; headers: Record<string, string> }>();
      expect(body.args).toEqual({ a: '1' });
      expect(body.headers['X-Test']).toBe('yes');
    } finally {
      await adapter.close();
    }
  });
});
