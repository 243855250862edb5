// The cases pass against HTTPAdapter and FetchAdapter in their own packages' tests (through
// @reqs/test-servers' describeAdapterConformance); here: they catch adapters that get it wrong.
import { AssertionError } from 'node:assert';
import {
  BaseAdapter,
  CaseInsensitiveDict,
  type PreparedRequest,
  Response,
  type SendOptions,
} from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { adapterConformanceCases, startConformanceServer } from '../src/index.js';

function conformanceCase(name: string) {
  const found = adapterConformanceCases.find((c) => c.name.startsWith(name));
  if (found === undefined) throw new Error(`no case ${name}`);
  return found;
}

/** Answers everything with one canned 200, without any I/O: wrong in many ways. */
class CannedAdapter extends BaseAdapter {
  async send(request: PreparedRequest, _options: SendOptions): Promise<Response> {
    const response = new Response();
    response.request = request;
    response.url = request.url;
    response.statusCode = 200;
    response.reason = 'OK';
    response.headers = new CaseInsensitiveDict({ 'Set-Cookie': 'a=1, b=2', 'X-Case': 'kept' });
    response.content = new TextEncoder().encode('hello');
    return response;
  }
  async close(): Promise<void> {}
}

describe('the adapter conformance cases', () => {
  it('are named, and distinct', () => {
    expect(adapterConformanceCases.length).toBeGreaterThanOrEqual(9);
    expect(new Set(adapterConformanceCases.map((c) => c.name)).size).toBe(adapterConformanceCases.length);
  });

  it('catch a reason phrase replaced and repeated headers joined', async () => {
    await expect(conformanceCase('builds the response').run(new CannedAdapter())).rejects.toBeInstanceOf(
      AssertionError,
    );
  });

  it('catch an adapter that answers where nothing listens', async () => {
    await expect(conformanceCase('fails to connect').run(new CannedAdapter())).rejects.toBeInstanceOf(
      AssertionError,
    );
  });

  it('catch a request body that never reaches the server', async () => {
    await expect(conformanceCase('sends request bodies').run(new CannedAdapter())).rejects.toBeInstanceOf(
      AssertionError,
    );
  });
});

describe('the conformance server', () => {
  it('listens on 127.0.0.1 and answers HTTP/1.1 until closed', async () => {
    const server = await startConformanceServer();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/plain`);
    expect([response.status, response.statusText, await response.text()]).toEqual([200, 'Fine', 'hello']);
    await server.close();
    await expect(fetch(`${server.url}/plain`)).rejects.toThrow();
  });
});
