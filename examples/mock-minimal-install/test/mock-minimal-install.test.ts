import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTPError } from '@reqs/core';
import { MockAdapter, NoMockAddress, useCassette } from '@reqs/mock';
import { Session } from '@reqs/session';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fetchUser } from '../src/index.js';

const here = fileURLToPath(new URL('..', import.meta.url));
const octocat = { login: 'octocat', name: 'The Octocat', id: 583231 };

describe('a project with only @reqs/core, @reqs/session and @reqs/mock', () => {
  it('declares exactly those three runtime dependencies, and cannot load a transport', async () => {
    const manifest = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@reqs/core', '@reqs/mock', '@reqs/session']);
    // Resolved by Node from this package, as an installed app would (without pnpm's NODE_PATH).
    const { NODE_PATH: _hoisted, ...env } = process.env;
    const resolvable = (name: string) =>
      spawnSync(process.execPath, ['-e', `require.resolve(${JSON.stringify(name)})`], { cwd: here, env })
        .status === 0;
    for (const name of ['@reqs/core', '@reqs/session', '@reqs/mock'])
      expect(resolvable(name), name).toBe(true);
    for (const name of ['reqs', '@reqs/adapters', '@reqs/auth']) expect(resolvable(name), name).toBe(false);
  });

  it('@reqs/mock never imports @reqs/adapters statically', async () => {
    const mockDist = fileURLToPath(import.meta.resolve('@reqs/mock'));
    const code = await readFile(mockDist, 'utf8');
    expect(code).not.toMatch(/from\s*["']@reqs\/adapters["']/);
    expect(code).not.toMatch(/import\s*\(\s*["']@reqs\/adapters["']\s*\)/);
  });

  it('tests the code against a MockAdapter: success, a 404, and an unknown address', async () => {
    await using session = new Session();
    const mock = new MockAdapter().install(session);
    const route = mock.get(
      'https://api.github.com/users/octocat',
      { json: octocat },
      {
        headers: { accept: 'application/vnd.github+json' },
      },
    );
    mock.get('https://api.github.com/users/ghost', { status: 404, json: { message: 'Not Found' } });
    expect(await fetchUser(session, 'octocat')).toEqual({ login: 'octocat', name: 'The Octocat' });
    expect(route.callCount).toBe(1);
    await expect(fetchUser(session, 'ghost')).rejects.toThrow(HTTPError);
    await expect(fetchUser(session, 'nobody')).rejects.toThrow(NoMockAddress);
  });

  it('replays a cassette on a session with no adapter mounted at all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reqs-mock-minimal-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, 'octocat.json');
    {
      // Recorded through a stand-in for GitHub (any adapter records), then written on eject.
      await using session = new Session();
      new MockAdapter().install(session).get('https://api.github.com/users/octocat', { json: octocat });
      await using _tape = await useCassette(session, path);
      await fetchUser(session, 'octocat');
    }
    await using bare = new Session();
    expect(bare.adapters.size).toBe(0);
    await using tape = await useCassette(bare, path, { mode: 'none' });
    expect(await fetchUser(bare, 'octocat')).toEqual({ login: 'octocat', name: 'The Octocat' });
    expect(tape.allPlayed).toBe(true);
  });

  it('passthrough without @reqs/adapters fails with NoMockAddress saying what to install', () => {
    const run = spawnSync(process.execPath, ['test/fixtures/without-adapters.mjs'], {
      cwd: here,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).not.toMatch(/Error/);
    const result = JSON.parse(run.stdout);
    expect(result.name).toBe('NoMockAddress');
    expect(result.message).toBe(
      'Passthrough needs a real adapter: install @reqs/adapters, or give one with new MockAdapter({ realAdapter })',
    );
    expect(result.cause).toContain("Cannot find package '@reqs/adapters'");
  });
});
