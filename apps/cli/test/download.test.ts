// --download, --output, --continue against httpbin; the progress bar under a pseudo-terminal.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, filenameFromUrl, uniqueFilename } from '../src/download-filename.js';
import { runCli, runInTerminal } from './helpers/run-cli.js';

const httpbin = useHttpbin();
const tempDir = () => mkdtempSync(join(tmpdir(), 'reqs-cli-dl-'));

function rangeBody(size: number): Buffer {
  // httpbin's /range/N serves a-z repeated.
  return Buffer.from(Array.from({ length: size }, (_, i) => 97 + (i % 26)));
}

describe('download file names', () => {
  it('come from Content-Disposition, reduced to a base name, else from the URL', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition("attachment; filename=a.txt; filename*=UTF-8''%C3%A9t%C3%A9.txt")).toBe(
      'été.txt',
    );
    expect(filenameFromDisposition('attachment; filename=".."')).toBeNull();
    expect(filenameFromUrl('http://h/files/report', 'application/pdf')).toBe('report.pdf');
    expect(filenameFromUrl('http://h/', 'text/html; charset=utf-8')).toBe('index.html');
  });

  it('never overwrite: name-1.ext, name-2.ext', () => {
    const taken = new Set(['a.txt', 'a-1.txt']);
    expect(uniqueFilename('a.txt', (p) => taken.has(p))).toBe('a-2.txt');
    expect(uniqueFilename('b', (p) => taken.has(p))).toBe('b');
  });
});

describe('reqs --download', () => {
  it('saves to --output with the response head on stderr; no bar off a terminal', async () => {
    const dir = tempDir();
    const r = await runCli(['-d', '-o', join(dir, 'out.bin'), `${httpbin.url}/range/3000`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^HTTP\/1\.1 200 OK\n/);
    expect(r.stderr).not.toContain('%');
    expect(readFileSync(join(dir, 'out.bin')).equals(rangeBody(3000))).toBe(true);
  });

  it('resumes with --continue (206), knows a complete file (416), restarts when ranges are ignored (200)', async () => {
    const dir = tempDir();
    const file = join(dir, 'part.bin');
    writeFileSync(file, rangeBody(1000));
    const resumed = await runCli(['-d', '-c', '-o', file, `${httpbin.url}/range/5000`]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/^HTTP\/1\.1 206 PARTIAL CONTENT\n/);
    expect(readFileSync(file).equals(rangeBody(5000))).toBe(true);

    const complete = await runCli(['-d', '-c', '-o', file, `${httpbin.url}/range/5000`]);
    expect(complete.status).toBe(0);
    expect(complete.stderr).toContain('is already complete (5000 bytes)');
    expect(statSync(file).size).toBe(5000);

    const ignored = join(dir, 'ignored.bin');
    writeFileSync(ignored, 'old bytes');
    const restarted = await runCli(['-d', '-c', '-o', ignored, `${httpbin.url}/bytes/64`]);
    expect(restarted.stderr).toMatch(/^HTTP\/1\.1 200 OK\n/);
    expect(statSync(ignored).size).toBe(64);
  });

  it('refuses --continue without --output', async () => {
    const r = await runCli(['-d', '-c', `${httpbin.url}/range/10`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--continue needs --output');
  });

  it('on a terminal: names the file from Content-Disposition without overwriting, draws the bar to 100 %', async () => {
    const dir = tempDir();
    const url = `${httpbin.url}/response-headers?Content-Disposition=${encodeURIComponent('attachment; filename="../r.json"')}`;
    await runInTerminal(['-d', url], { cwd: dir });
    const tty = await runInTerminal(['-d', url], { cwd: dir });
    expect(readdirSync(dir).sort()).toEqual(['r-1.json', 'r.json']);
    expect(tty.stdout).toContain('saved to "r-1.json"');

    const drip = await runInTerminal(
      ['-d', '-o', 'drip.bin', `${httpbin.url}/drip?numbytes=2000&duration=1&delay=0`],
      {
        cwd: dir,
      },
    );
    expect(drip.status).toBe(0);
    const percents = [...drip.stdout.matchAll(/(\d+) %/g)].map((m) => Number(m[1]));
    expect(percents.at(-1)).toBe(100);
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
    expect(drip.stdout).toMatch(/Done\. 2\.00 kB in \d+\.\d\ds \([\d.]+ k?B\/s\), saved to "drip\.bin"/);
    expect(statSync(join(dir, 'drip.bin')).size).toBe(2000);
  });
});
