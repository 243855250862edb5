// Under a real pseudo-terminal (util-linux `script`): colors and headers on a TTY only.

import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { runCli, runInTerminal } from './helpers/run-cli.js';

const httpbin = useHttpbin();
const ESC = '\u001b[';

describe('on a terminal', () => {
  it('prints headers and a colored, indented body; piped, the same command prints plain body only', async () => {
    const tty = await runInTerminal([`${httpbin.url}/get`]);
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain(`${ESC}34mHTTP/1.1${ESC}39m ${ESC}32m200 OK${ESC}39m`);
    expect(tty.stdout).toContain(`${ESC}36mContent-Type${ESC}39m: application/json`);
    expect(tty.stdout).toContain(`    ${ESC}34m"url"${ESC}39m: ${ESC}32m"${httpbin.url}/get"`);
    const piped = await runCli([`${httpbin.url}/get`]);
    expect(piped.stdout).not.toContain(ESC);
    expect(piped.stdout).not.toContain('HTTP/1.1');
  });

  it('shows no colors when NO_COLOR is set', async () => {
    const tty = await runInTerminal([`${httpbin.url}/get`], { env: { NO_COLOR: '1' } });
    expect(tty.stdout).toMatch(/HTTP\/1\.1 200 OK\r?\n/);
    expect(tty.stdout).not.toContain(ESC);
  });

  it('does not dump a binary body to the terminal', async () => {
    const tty = await runInTerminal([`${httpbin.url}/image/png`]);
    expect(tty.stdout).toContain('NOTE: binary data not shown in terminal');
    expect(tty.stdout).not.toContain('PNG');
  });

  it('asks for a missing --auth password without echoing it', async () => {
    const tty = await runInTerminal(['-b', '-a', 'ada', `${httpbin.url}/basic-auth/ada/s3cret`], {
      answer: { when: 'password for ada@', text: 's3cret\r' },
    });
    expect(tty.stdout).toContain(`reqs: password for ada@${new URL(httpbin.url).host}: `);
    expect(tty.stdout).not.toContain('s3cret');
    expect(tty.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(/"authenticated": true/);
  });
});
