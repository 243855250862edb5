// The examples of Requests 0.x's Advanced Usage page (asynchronous requests, event hooks,
// verbose logging), camelCased, against the embedded httpbin; plus NODE_DEBUG=reqs and the
// module-level map/imap/async. Sessions built from settings are another issue's.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import requests, { type RequestArgs, type Response } from '../src/index.js';

const httpbin = useHttpbin();

afterEach(() => {
  requests.settings.verbose = null;
  vi.restoreAllMocks();
});

describe('Asynchronous Requests', () => {
  it('rs = urls.map((u) => async.get(u)); await async.map(rs)', async () => {
    const urls = [`${httpbin.url}/get`, `${httpbin.url}/html`, `${httpbin.url}/ip`, `${httpbin.url}/headers`];
    const rs = urls.map((u) => requests.async.get(u));
    expect(rs.every((r) => r.response === null)).toBe(true);
    const responses = await requests.async.map(rs);
    expect(responses.map(String)).toEqual([
      '<Response [200]>',
      '<Response [200]>',
      '<Response [200]>',
      '<Response [200]>',
    ]);
    expect(rs.map((r) => r.response)).toEqual(responses);
  });

  it('async.map guarantees the response hook runs', async () => {
    const seen: string[] = [];
    const printUrl = (r: Response) => {
      seen.push(r.url);
    };
    const rs = [requests.async.get(`${httpbin.url}/get`, { hooks: { response: printUrl } })];
    await requests.map(rs);
    expect(seen).toEqual([`${httpbin.url}/get`]);
  });

  it('an AsyncRequest is sent alone with send()', async () => {
    const r = requests.async.post(`${httpbin.url}/post`, { json: { a: 1 } });
    const response = await r.send();
    expect(response.json()).toMatchObject({ json: { a: 1 } });
    expect(r.response).toBe(response);
  });

  it('imap yields as they complete, over a lazy generator', async () => {
    function* urls() {
      for (let i = 0; i < 20; i++) yield `${httpbin.url}/get?i=${i}`;
    }
    const seen = new Set<string>();
    for await (const r of requests.imap(urls(), { size: 4 }))
      seen.add((r as Response).json<{ args: { i: string } }>().args.i);
    expect(seen.size).toBe(20);
  });
});

describe('Event Hooks', () => {
  it('hooks: { args: printUrl } prints the URL', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const printUrl = (args: RequestArgs) => {
      console.log(args.url);
    };
    const r = await requests.get(`${httpbin.url}/get`, { hooks: { args: printUrl } });
    expect(log).toHaveBeenCalledWith(`${httpbin.url}/get`);
    expect(String(r)).toBe('<Response [200]>');
  });

  it('hackHeaders adds X-Testing: True over the headers given', async () => {
    const hackHeaders = (args: RequestArgs) => {
      if (!args.headers) args.headers = {};
      (args.headers as Record<string, string>)['X-Testing'] = 'True';
      return args;
    };
    const hooks = { args: hackHeaders };
    const headers = { 'X-Testing': 'False' };
    const r = await requests.get(`${httpbin.url}/headers`, { hooks, headers });
    expect(r.json<{ headers: Record<string, string> }>().headers['X-Testing']).toBe('True');
  });

  it('preRequest, preSend and postRequest see the request on its way', async () => {
    const events: string[] = [];
    await requests.get(`${httpbin.url}/redirect/1`, {
      hooks: {
        preRequest: (req) => void events.push(`preRequest ${req.method}`),
        preSend: (p) => void events.push(`preSend ${new URL(p.url).pathname}`),
        postRequest: (_p, r) => void events.push(`postRequest ${r.statusCode}`),
        response: (r) => void events.push(`response ${r.statusCode}`),
      },
    });
    expect(events).toEqual([
      'preRequest GET',
      'preSend /redirect/1',
      'postRequest 302',
      'response 302',
      'preSend /get',
      'postRequest 200',
      'response 200',
    ]);
  });
});

describe('Verbose Logging', () => {
  it('settings.verbose = stream writes one line per request', async () => {
    const lines: string[] = [];
    requests.settings.verbose = { write: (line: string) => lines.push(line) };
    await requests.get(`${httpbin.url}/headers`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z {3}GET {3}${httpbin.url}/headers\\n$`),
    );
  });

  it('session.verbose wins over settings.verbose', async () => {
    const mine: string[] = [];
    const global: string[] = [];
    requests.settings.verbose = { write: (line: string) => global.push(line) };
    await using s = new requests.Session();
    s.verbose = { write: (line: string) => mine.push(line) };
    await s.get(`${httpbin.url}/get`);
    expect([mine.length, global.length]).toEqual([1, 0]);
  });

  it('NODE_DEBUG=reqs prints request, redirect and response lines', async () => {
    const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
    const script = `import requests from ${JSON.stringify(entry)}; await requests.get(process.argv[1]); await requests.get('http://127.0.0.1:1/').catch(() => {});`;
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script, `${httpbin.url}/redirect/1`],
      { env: { ...process.env, NODE_DEBUG: 'reqs' }, timeout: 20_000 },
    );
    expect(stderr).toMatch(/REQS \d+: request #\d+ GET http:\/\/127\.0\.0\.1:\d+\/redirect\/1/);
    expect(stderr).toMatch(/REQS \d+: redirect #\d+ 302 /);
    expect(stderr).toMatch(/REQS \d+: response #\d+ 200 \S+\/get \d+ ms/);
    expect(stderr).toMatch(/REQS \d+: error #\d+ http:\/\/127\.0\.0\.1:1\//);
  });
});
