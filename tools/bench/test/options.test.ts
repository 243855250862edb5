// Command-line flags: which scenarios and clients a run selects.
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../src/options.mjs';
import { fullSettings, smokeSettings } from '../src/settings.mjs';

describe('parseOptions', () => {
  it('selects every scenario and client with the full settings by default', () => {
    const options = parseOptions([]);
    expect(options.smoke).toBe(false);
    expect(options.settings).toBe(fullSettings);
    expect(options.scenarios.map((s) => s.id)).toEqual([
      'sequential',
      'concurrent',
      'download-length',
      'download-chunked',
      'post',
      'gzip',
      'gzip-api',
      'upload',
      'cold-start',
      'mock',
      'cache',
    ]);
    expect(options.clients.map((c) => c.name)).toEqual([
      'undici-request',
      'reqs-session',
      'reqs-adapter',
      'reqs',
      'undici-fetch',
      'fetch',
      'axios',
      'got',
      'node-fetch',
    ]);
    expect(options.out).toMatch(/tools\/bench\/results\/latest\.json$/);
  });

  it('--smoke shrinks the counts', () => {
    expect(parseOptions(['--smoke']).settings).toBe(smokeSettings);
    expect(smokeSettings.downloadBytes).toBeLessThan(fullSettings.downloadBytes);
  });

  it('--only picks scenario groups (download is both download tables)', () => {
    const options = parseOptions(['--only', 'download,cold-start']);
    expect(options.scenarios.map((s) => s.id)).toEqual(['download-length', 'download-chunked', 'cold-start']);
  });

  it('--clients keeps the baseline so ratios stay defined', () => {
    const options = parseOptions(['--clients', 'got,reqs-session']);
    expect(options.clients.map((c) => c.name)).toEqual(['undici-request', 'reqs-session', 'got']);
  });

  it('rejects unknown scenarios, clients and flags', () => {
    expect(() => parseOptions(['--only', 'nope'])).toThrow(/unknown scenario nope/);
    expect(() => parseOptions(['--clients', 'curl'])).toThrow(/unknown client curl/);
    expect(() => parseOptions(['--fast'])).toThrow();
  });
});
