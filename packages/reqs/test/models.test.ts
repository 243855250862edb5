// Request, PreparedRequest and Response imported from reqs carry the meta-package's default
// layers, as `requests.Request(...).prepare()` does in Python: files are encoded without a Session.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  PreparedRequest as CorePreparedRequest,
  Request as CoreRequest,
  Response as CoreResponse,
  RequestException,
} from '@reqs/core';
import { charsetDetector } from '@reqs/encoding';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, expectTypeOf, it, onTestFinished } from 'vitest';
import {
  CaseInsensitiveDict,
  get,
  JSONDecodeError,
  PreparedRequest,
  post,
  Request,
  Response,
  request,
  Session,
} from '../src/index.js';
import { startByteServer } from './helpers/byte-server.js';

const httpbin = useHttpbin();

interface Echo {
  files: Record<string, string>;
  form: Record<string, string>;
}

describe('Request and PreparedRequest from reqs', () => {
  it('new Request(POST, url, { files }).prepare() encodes the files, and the request sends as prepared', async () => {
    const prepared = new Request('POST', `${httpbin.url}/post`, {
      files: { report: ['report.csv', 'a,b\n1,2\n', 'text/csv'] },
      data: { kind: 'csv' },
    }).prepare();
    expect(prepared.headers['content-type']).toMatch(/^multipart\/form-data; boundary=[0-9a-f]{32}$/);
    await using s = new Session();
    const r = await s.send(prepared);
    const echo = r.json<Echo>();
    expect(echo.files).toEqual({ report: 'a,b\n1,2\n' });
    expect(echo.form).toEqual({ kind: 'csv' });
  });

  it('new PreparedRequest().prepare({ files }) encodes them too', async () => {
    const p = new PreparedRequest();
    p.prepare({ method: 'POST', url: `${httpbin.url}/post`, files: { f: new Blob(['xyz']) } });
    await using s = new Session();
    const r = await s.send(p);
    expect(r.json<Echo>().files).toEqual({ f: 'xyz' });
  });

  it('session.prepareRequest(request) with files, and every prepared request is instanceof PreparedRequest', async () => {
    await using s = new Session();
    const prepared = s.prepareRequest(new Request('POST', `${httpbin.url}/post`, { files: { f: 'text' } }));
    expect(prepared).toBeInstanceOf(PreparedRequest);
    expect(prepared).toBeInstanceOf(CorePreparedRequest);
    expect(new PreparedRequest()).toBeInstanceOf(CorePreparedRequest);
    expect(new Request()).toBeInstanceOf(CoreRequest);
    expect(new CoreRequest()).toBeInstanceOf(Request);
    expect(prepared.copy()).toBeInstanceOf(PreparedRequest);
    const r = await s.send(prepared);
    expect(r.json<Echo>().files).toEqual({ f: 'text' });
    expect(r).toBeInstanceOf(Response);
    expect(r.request).toBeInstanceOf(PreparedRequest);
    expectTypeOf(prepared).toExtend<PreparedRequest>();
  });

  it('a multipart encoder given in the options wins over the default', () => {
    const encoder = {
      encode: () => ({ body: 'custom', contentType: 'multipart/form-data; boundary=x', length: 6 }),
    };
    const prepared = new Request('POST', 'http://example.com/', {
      files: { f: 'x' },
      multipartEncoder: encoder,
    }).prepare();
    expect(prepared.body).toBe('custom');
  });

  it('with @reqs/core alone, files still need @reqs/multipart (the clear error stays)', () => {
    const bare = new CoreRequest('POST', 'http://example.com/', { files: { f: 'x' } });
    expect(() => bare.prepare()).toThrow(RequestException);
    expect(() => bare.prepare()).toThrow(/install @reqs\/multipart/);
  });

  it('a Response made by hand guesses its charset with @reqs/encoding', () => {
    const r = new Response();
    expect(r.charsetDetector).toBe(charsetDetector);
    expect(new CoreResponse()).toBeInstanceOf(Response);
  });
});

describe('JSONDecodeError.doc', () => {
  it('is the text as Requests decodes it (guessed encoding for bytes that are not UTF-8): doc equals r.text', async () => {
    const body = Buffer.from('{"city": "Zürich", "note": "café crème", "broken": ', 'latin1');
    await using server = await startByteServer(body, { 'Content-Type': 'application/octet-stream' });
    const r = await get(server.url);
    let error: unknown;
    try {
      r.json();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JSONDecodeError);
    expect((error as JSONDecodeError).doc).toBe(r.text);
    expect((error as JSONDecodeError).doc).toContain('café crème');
  });
});

describe('data as a user mapping, files that are not content', () => {
  class Form {
    items(): Array<[string, string | string[]]> {
      return [
        ['q', 'red shoes'],
        ['size', ['40', '41']],
      ];
    }
  }

  it('form-encodes a Map, a CaseInsensitiveDict and an object with items(), as Requests does a Mapping', async () => {
    for (const data of [
      new Map<string, string | string[]>([
        ['q', 'red shoes'],
        ['size', ['40', '41']],
      ]),
      new Form(),
    ]) {
      const r = await post(`${httpbin.url}/post`, { data });
      expect(r.json<Echo & { headers: Record<string, string> }>().form).toEqual({
        q: 'red shoes',
        size: ['40', '41'],
      });
      expect(r.request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    }
    const dict = await post(`${httpbin.url}/post`, { data: new CaseInsensitiveDict({ Name: 'x' }) });
    expect(dict.json<Echo>().form).toEqual({ Name: 'x' });
  });

  it('refuses a number as a file with a TypeError naming the field, before anything is sent', async () => {
    await expect(post(`${httpbin.url}/post`, { files: { upload: 42 as unknown as string } })).rejects.toThrow(
      "Unsupported content for file 'upload': number",
    );
  });
});

describe('Content-Length: 0 for a body-less request that is not GET or HEAD', () => {
  it.each(['DELETE', 'OPTIONS', 'TRACE', 'PURGE', 'POST', 'PUT', 'PATCH'])(
    '%s carries it in the prepared request, on a 307 and a 308 hop too',
    async (method) => {
      // Any method is redirected with its own status; the target answers 200.
      const server = createServer((req, res) => {
        const status = /^\/start\/(\d+)$/.exec(req.url ?? '')?.[1];
        if (status !== undefined)
          res.writeHead(Number(status), { Location: '/target', 'Content-Length': '0' });
        else res.writeHead(200, { 'Content-Length': '0' });
        res.end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      onTestFinished(() => {
        server.closeAllConnections();
        server.close();
      });
      const { port } = server.address() as AddressInfo;
      for (const status of [307, 308]) {
        const r = await request(method, `http://127.0.0.1:${port}/start/${status}`);
        expect(r.history).toHaveLength(1);
        expect(r.url).toBe(`http://127.0.0.1:${port}/target`);
        expect(r.request.method).toBe(method);
        expect(r.history[0]?.request.headers['content-length']).toBe('0');
        expect(r.request.headers['content-length']).toBe('0');
      }
    },
  );

  it.each(['POST', 'PUT', 'PATCH'])(
    '%s sends it on the wire (undici omits it for the others: see the adapters README)',
    async (method) => {
      const r = await request(method, `${httpbin.url}/redirect-to`, {
        params: { url: '/anything', status_code: 307 },
      });
      expect(r.json<{ headers: Record<string, string> }>().headers['Content-Length']).toBe('0');
    },
  );

  it('GET and HEAD carry none', async () => {
    for (const method of ['GET', 'HEAD']) {
      const r = await request(method, `${httpbin.url}/anything`);
      expect(r.request.headers['content-length']).toBeUndefined();
    }
  });
});
