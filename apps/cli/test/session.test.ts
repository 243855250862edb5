// --session and --session-read-only: cookies, auth and headers kept on disk per host.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const httpbin = useHttpbin();

describe('reqs --session', () => {
  it('keeps cookies, auth and item headers under $XDG_CONFIG_HOME/reqs/sessions/HOST/NAME.json, mode 0600', async () => {
    const config = mkdtempSync(join(tmpdir(), 'reqs-cli-xdg-'));
    const env = { XDG_CONFIG_HOME: config };
    const first = await runCli(
      ['--session', 'dev', '-a', 'ada:secret', `${httpbin.url}/cookies/set?k=v`, 'X-Team:core'],
      {
        env,
      },
    );
    expect(first.status).toBe(0);
    const { hostname, port } = new URL(httpbin.url);
    const file = join(config, 'reqs', 'sessions', `${hostname}_${port}`, 'dev.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.headers).toEqual({ 'X-Team': 'core' });
    expect(saved.auth).toEqual({ type: 'basic', rawAuth: 'ada:secret' });

    const second = await runCli(['--session', 'dev', `${httpbin.url}/headers`], { env });
    const headers = JSON.parse(second.stdout).headers;
    expect(headers.Cookie).toBe('k=v');
    expect(headers['X-Team']).toBe('core');
    expect(headers.Authorization).toBe(`Basic ${Buffer.from('ada:secret').toString('base64')}`);
  });

  it('reads without writing with --session-read-only, and takes a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqs-cli-session-'));
    const file = join(dir, 'mine.json');
    await runCli(['--session', file, `${httpbin.url}/cookies/set?a=1`]);
    const before = readFileSync(file, 'utf8');
    const readOnly = await runCli(['--session-read-only', file, `${httpbin.url}/cookies/set?b=2`]);
    expect(readOnly.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const check = await runCli(['--session-read-only', file, `${httpbin.url}/cookies`]);
    expect(JSON.parse(check.stdout).cookies).toEqual({ a: '1' });
    expect(readdirSync(dir)).toEqual(['mine.json']); // no temporary file left behind
  });

  it('names a broken file without printing its content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqs-cli-session-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"auth": {"rawAuth": "ada:hunter2"');
    const r = await runCli(['--session', file, `${httpbin.url}/get`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not valid JSON');
    expect(r.stderr + r.stdout).not.toContain('hunter2');
  });
});
