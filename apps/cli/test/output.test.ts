// The output side: --print parts, --pretty, --sort-headers, --stream, meta, --offline, --curl.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const httpbin = useHttpbin();
const ESC = '\u001b[';

describe('what is printed', () => {
  it('prints only the body, as received, when piped', async () => {
    const r = await runCli([`${httpbin.url}/json`]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('HTTP/1.1');
    expect(r.stdout).not.toContain(ESC);
    const direct = await fetch(`${httpbin.url}/json`).then((res) => res.text());
    expect(r.stdout).toBe(direct);
  });

  it('prints the request and response heads with -p Hh, and everything with -v', async () => {
    const heads = await runCli(['-p', 'Hh', `${httpbin.url}/get`, 'a==1']);
    expect(heads.stdout).toMatch(/^GET \/get\?a=1 HTTP\/1\.1\nHost: 127\.0\.0\.1:\d+\n/);
    expect(heads.stdout).toMatch(/\n\nHTTP\/1\.1 200 OK\n/);
    expect(heads.stdout).not.toContain('"args"');
    const verbose = await runCli(['-v', `${httpbin.url}/post`, 'x=1']);
    expect(verbose.stdout).toMatch(/^POST \/post HTTP\/1\.1\n/);
    expect(verbose.stdout).toContain('\n\n{"x":"1"}\n\nHTTP/1.1 200 OK\n');
    expect(verbose.stdout).toContain('"json"');
  });

  it('prints only headers with -h and sorts them with --sort-headers', async () => {
    const r = await runCli(['-h', '--sort-headers', `${httpbin.url}/get`]);
    const names = r.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(':')[0]!.toLowerCase());
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort());
    expect(r.stdout).not.toContain('"url"');
  });

  it('indents JSON by 4 with --pretty format and colors it with --pretty all', async () => {
    const formatted = await runCli(['--pretty', 'format', `${httpbin.url}/get`]);
    expect(formatted.stdout).toMatch(/^\{\n {4}"args": \{\},\n/);
    expect(formatted.stdout).not.toContain(ESC);
    const colored = await runCli(['--pretty', 'all', `${httpbin.url}/get`]);
    expect(colored.stdout).toContain(`${ESC}34m"args"`);
  });

  it('writes binary bodies byte for byte when piped', async () => {
    const r = await runCli([`${httpbin.url}/image/png`]);
    const direct = Buffer.from(
      (await fetch(`${httpbin.url}/image/png`).then((res) => res.arrayBuffer())) as ArrayBuffer,
    );
    expect(r.bytes.equals(direct)).toBe(true);
  });

  it('prints the timings with -m', async () => {
    const r = await runCli(['-m', `${httpbin.url}/get`]);
    expect(r.stdout).toMatch(/^Elapsed time: \d+\.\d{6}s\n/);
    expect(r.stdout).toMatch(/First byte: \d+\.\d{6}s/);
  });

  it('prints lines as they arrive with --stream', async () => {
    const r = await runCli(['--stream', `${httpbin.url}/stream/3`]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => JSON.parse(line).id)).toEqual([0, 1, 2]);
  });
});

describe('--output without --download', () => {
  it('writes what would be printed to the file, plain, and nothing to stdout', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reqs-cli-o-')), 'out.txt');
    const r = await runCli(['-o', file, '-v', `${httpbin.url}/get`, 'a==1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const saved = readFileSync(file, 'utf8');
    expect(saved).toMatch(/^GET \/get\?a=1 HTTP\/1\.1\n/);
    expect(saved).toContain('\nHTTP/1.1 200 OK\n');
    expect(saved).not.toContain(ESC);
  });
});

describe('--offline and --curl', () => {
  it('prints the request without sending it', async () => {
    const r = await runCli(['--offline', 'POST', 'http://127.0.0.1:9/x', 'a=1', 'X-Y:z']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^POST \/x HTTP\/1\.1\nHost: 127\.0\.0\.1:9\n/);
    expect(r.stdout).toContain('X-Y: z\n');
    expect(r.stdout).toContain('\n\n{"a":"1"}\n');
  });

  it('prints a curl command that sends the same request', async () => {
    const args = [`${httpbin.url}/post?q=1`, "name=O'Brien", 'n:=2', 'X-Note:a b', 'User-Agent:'];
    const r = await runCli(['--curl', ...args]);
    expect(r.stdout).toMatch(/^curl --request POST --url /);
    const viaCurl = await promisify(execFile)('sh', ['-c', r.stdout], { timeout: 10_000 });
    const viaReqs = JSON.parse((await runCli(args)).stdout);
    const sent = JSON.parse(viaCurl.stdout);
    expect(sent.json).toEqual({ name: "O'Brien", n: 2 });
    expect(sent.json).toEqual(viaReqs.json);
    expect(sent.args).toEqual({ q: '1' });
    expect(sent.headers['X-Note']).toBe('a b');
    expect(sent.headers['User-Agent']).toBeUndefined();
    expect(sent.headers['Content-Type']).toBe('application/json');
  });

  it('exports a multipart upload as curl --form', async () => {
    const r = await runCli(['--curl', '-f', `${httpbin.url}/post`, 'a=1', 'doc@package.json']);
    expect(r.stdout).toContain('--form-string a=1 --form doc=@package.json');
    const viaCurl = await promisify(execFile)('sh', ['-c', r.stdout], { timeout: 10_000 });
    expect(JSON.parse(viaCurl.stdout).form).toEqual({ a: '1' });
  });
});
