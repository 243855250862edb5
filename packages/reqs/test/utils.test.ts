// requests.utils (docs/reference/response.md#utils): every name is there, and the helpers added for parity work on
// real responses and files.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import requests, { utils } from '../src/index.js';

const httpbin = useHttpbin();

describe('requests.utils', () => {
  it('has every helper docs/reference/response.md#utils names', () => {
    const names = [
      'getEncodingFromHeaders',
      'getEncodingsFromContent',
      'getUnicodeFromResponse',
      'requoteUri',
      'parseHeaderLinks',
      'getNetrcAuth',
      'getEnvironProxies',
      'shouldBypassProxies',
      'selectProxy',
      'defaultUserAgent',
      'defaultHeaders',
      'prependSchemeIfNeeded',
      'guessFilename',
      'parseDictHeader',
      'parseListHeader',
      'dictFromCookiejar',
      'addDictToCookiejar',
      'CaseInsensitiveDict',
    ];
    for (const name of names) expect(typeof utils[name as keyof typeof utils], name).toBe('function');
  });

  it('getUnicodeFromResponse decodes with the declared charset', async () => {
    const r = await requests.get(`${httpbin.url}/encoding/utf8`);
    expect(r.encoding).toBe('utf-8');
    expect(utils.getUnicodeFromResponse(r)).toBe(r.text);
    expect(utils.getUnicodeFromResponse(r)).toContain('Grüße');
  });

  it('getUnicodeFromResponse replaces what the charset cannot decode', async () => {
    const r = await requests.get(`${httpbin.url}/get`);
    r.content = Uint8Array.of(0x6f, 0x6b, 0xff);
    expect(utils.getUnicodeFromResponse(r)).toBe('ok\ufffd');
  });

  it('prependSchemeIfNeeded gives a bare host:port a scheme that reqs can send to', async () => {
    const url = utils.prependSchemeIfNeeded(`${new URL(httpbin.url).host}/get`, 'http');
    expect(url).toBe(`${httpbin.url}/get`);
    expect(utils.prependSchemeIfNeeded(url, 'https')).toBe(url);
    const r = await requests.get(url);
    expect(r.statusCode).toBe(200);
  });

  it('guessFilename names a file upload as reqs sends it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reqs-utils-'));
    try {
      const path = join(dir, 'report.csv');
      await writeFile(path, 'a,b\n');
      const stream = createReadStream(path);
      expect(utils.guessFilename(stream)).toBe('report.csv');
      expect(utils.guessFilename('text')).toBeNull();
      const r = await requests.post(`${httpbin.url}/anything`, { files: { upload: stream } });
      if (!stream.closed) await once(stream, 'close');
      expect(r.json<{ files: Record<string, string> }>().files.upload).toBe('a,b\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
