// The portable fallbacks a browser runs (no node: modules, no Buffer), exercised under Node: a
// child process hides process.getBuiltinModule and Buffer while the packages load.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { basicAuthHeader } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./runtime/without-node-builtins.mjs', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

function run(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [FIXTURE, url],
      { cwd: PACKAGE_DIR, timeout: 40_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

describe('the browser subset without Node built-ins', () => {
  it('computes as on Node, sends through fetch, and refuses what needs Node by name', {
    timeout: 60_000,
  }, async () => {
    const bin = await startHttpbin();
    const results = JSON.parse(await run(bin.url));
    expect(results).toEqual({
      nodeBuffer: true,
      basicLatin1: basicAuthHeader('usér', 'pass'),
      basicUtf8: basicAuthHeader('ŭser', 'pass'),
      latin1: 'café ÿ',
      indexOf: [3, -1],
      concat: [97, 98, 99],
      idna: 'http://xn--hckqz9bzb1cyrb.jp/',
      ipv6: 'http://[::1]:8080/',
      detected: ['utf-8', 'ascii'],
      get: { q: 'é' },
      upload: { f: 'héllo' },
      basic: 200,
      lines: [0, 1, 2],
      raw: null,
      digest: [200, 200],
      cookies: expect.stringMatching(/^CookieEngineUnavailableError: reqs's cookie jar needs a runtime/),
      netrc: null,
    });
  });
});
