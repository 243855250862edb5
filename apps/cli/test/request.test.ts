// The request side: method, URL shorthands, items, bodies, auth, against the embedded httpbin.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const httpbin = useHttpbin();
const port = () => new URL(httpbin.url).port;

async function echo(args: string[], input?: string) {
  const r = await runCli(args, input === undefined ? {} : { input });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('reqs [METHOD] URL [ITEM ...]', () => {
  it('GETs by default, with query and header items, via the :PORT shorthand', async () => {
    const body = await echo([`:${port()}/get`, 'q==a b', 'X-Thing:yes']);
    expect(body.url).toBe(`http://localhost:${port()}/get?q=a+b`);
    expect(body.args).toEqual({ q: 'a b' });
    expect(body.headers['X-Thing']).toBe('yes');
  });

  it('takes localhost:PORT and an explicit lower-case method', async () => {
    const body = await echo(['delete', `localhost:${port()}/delete`]);
    expect(body.url).toBe(`http://localhost:${port()}/delete`);
  });

  it('POSTs data items as a JSON object with nested paths and raw JSON', async () => {
    const body = await echo([
      `${httpbin.url}/post`,
      'name=Ada',
      'age:=36',
      'tags:=["a","b"]',
      'user[address][city]=Paris',
      'list[]=x',
      'list[]=y',
      'matrix[0][1]=z',
    ]);
    expect(body.json).toEqual({
      name: 'Ada',
      age: 36,
      tags: ['a', 'b'],
      user: { address: { city: 'Paris' } },
      list: ['x', 'y'],
      matrix: [[null, 'z']],
    });
    expect(body.headers['Content-Type']).toBe('application/json');
    expect(body.headers.Accept).toBe('application/json, */*;q=0.5');
  });

  it('reads values from files with =@ and :=@', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqs-cli-'));
    writeFileSync(join(dir, 'bio.txt'), 'hello\n');
    writeFileSync(join(dir, 'meta.json'), '{"k":[1,2]}');
    const body = await echo([
      `${httpbin.url}/post`,
      `bio=@${join(dir, 'bio.txt')}`,
      `meta:=@${join(dir, 'meta.json')}`,
    ]);
    expect(body.json).toEqual({ bio: 'hello\n', meta: { k: [1, 2] } });
  });

  it('sends a form with --form and multipart with a file item', async () => {
    const form = await echo(['--form', `${httpbin.url}/post`, 'a=1', 'b=two words']);
    expect(form.form).toEqual({ a: '1', b: 'two words' });
    expect(form.headers['Content-Type']).toBe('application/x-www-form-urlencoded');

    const dir = mkdtempSync(join(tmpdir(), 'reqs-cli-'));
    writeFileSync(join(dir, 'notes.txt'), 'file body');
    const multi = await echo([`${httpbin.url}/post`, 'a=1', `doc@${join(dir, 'notes.txt')};type=text/plain`]);
    expect(multi.form).toEqual({ a: '1' });
    expect(multi.files).toEqual({ doc: 'file body' });
    expect(multi.headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);

    const forced = await echo(['--multipart', `${httpbin.url}/post`, 'a=1']);
    expect(forced.form).toEqual({ a: '1' });
    expect(forced.headers['Content-Type']).toMatch(/^multipart\/form-data/);
  });

  it('sends stdin as the body (POST), and --raw', async () => {
    const piped = await echo([`${httpbin.url}/post`], '{"from":"stdin"}');
    expect(piped.json).toEqual({ from: 'stdin' });
    const raw = await echo(['PUT', `${httpbin.url}/put`, '--raw', 'plain text', 'Content-Type:text/plain']);
    expect(raw.data).toBe('plain text');
    expect(raw.headers['Content-Type']).toBe('text/plain');
  });

  it('refuses stdin and data items together, before sending', async () => {
    const r = await runCli([`${httpbin.url}/post`, 'a=1'], { input: 'body' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot be mixed/);
  });

  it('unsets a default header with Header: and sends an empty one with Header;', async () => {
    const body = await echo([`${httpbin.url}/headers`, 'User-Agent:', 'X-Empty;']);
    expect(body.headers['User-Agent']).toBeUndefined();
    expect(body.headers['X-Empty']).toBe('');
  });

  it('escapes separators in keys with a backslash', async () => {
    const body = await echo([`${httpbin.url}/get`, 'a\\=b==c']);
    expect(body.args).toEqual({ 'a=b': 'c' });
  });

  it('authenticates with basic, digest and bearer', async () => {
    expect((await echo(['-a', 'u:p', `${httpbin.url}/basic-auth/u/p`])).authenticated).toBe(true);
    expect(
      (await echo(['-A', 'digest', '-a', 'u:p', `${httpbin.url}/digest-auth/auth/u/p`])).authenticated,
    ).toBe(true);
    expect((await echo(['-A', 'bearer', '-a', 'tok', `${httpbin.url}/bearer`])).token).toBe('tok');
  });

  it('follows redirects with --follow and shows each hop with --all', async () => {
    const followed = await echo(['--follow', `${httpbin.url}/redirect/2`]);
    expect(followed.url).toBe(`${httpbin.url}/get`);
    const all = await runCli(['--follow', '--all', '-h', `${httpbin.url}/redirect/2`]);
    expect(all.stdout.match(/^HTTP\/1\.1 302 FOUND$/gm)).toHaveLength(2);
    expect(all.stdout.match(/^HTTP\/1\.1 200 OK$/gm)).toHaveLength(1);
  });

  it('reports an unknown item form and a missing file by name, before sending', async () => {
    const r = await runCli([`${httpbin.url}/post`, 'doc@/no/such/file']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/no/such/file');
  });
});

describe('exit statuses', () => {
  it('are 0 without --check-status, and 3/4/5 with it', async () => {
    expect((await runCli([`${httpbin.url}/status/404`])).status).toBe(0);
    const notFound = await runCli(['--check-status', `${httpbin.url}/status/404`]);
    expect(notFound.status).toBe(4);
    expect(notFound.stderr).toBe('reqs: warning: HTTP 404 NOT FOUND\n');
    expect((await runCli(['--check-status', `${httpbin.url}/status/503`])).status).toBe(5);
    expect((await runCli(['--check-status', `${httpbin.url}/redirect/1`])).status).toBe(3);
    expect((await runCli(['--check-status', '--follow', `${httpbin.url}/redirect/1`])).status).toBe(0);
  });

  it('is 6 for too many redirects, 2 for a timeout, 1 for a refused connection', async () => {
    const many = await runCli(['--follow', '--max-redirects', '2', `${httpbin.url}/redirect/5`]);
    expect(many.status).toBe(6);
    expect(many.stderr).toMatch(/TooManyRedirects/);
    const slow = await runCli(['--timeout', '0.3', `${httpbin.url}/delay/5`]);
    expect(slow.status).toBe(2);
    expect(slow.stderr).toMatch(/Timeout/);
    const refused = await runCli(['http://127.0.0.1:9/']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^reqs: error: ConnectionError/);
  });
});
