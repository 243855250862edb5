import { existsSync, readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/index.js';
import { json, raw } from './helpers.js';

function getWith(agent: Agent, url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
}

describe('startServer', () => {
  it('listens on a free port of 127.0.0.1 and reports its URL without a trailing slash', async () => {
    const server = await startServer();
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      expect(server.server.listening).toBe(true);
      expect(server.ca).toBeUndefined();
      expect((await fetch(`${server.url}/get`)).status).toBe(200);
    } finally {
      await server.close();
    }
    expect(server.server.listening).toBe(false);
  });

  it('counts TCP connections, so keep-alive reuse is visible', async () => {
    const server = await startServer();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(server.connections).toBe(0);
      for (let i = 0; i < 3; i++) await getWith(agent, `${server.url}/get`);
      expect(server.connections).toBe(1);
      expect(JSON.parse(await getWith(agent, `${server.url}/connection-count`))).toEqual({ connections: 1 });
      await raw(`${server.url}/get`); // a fresh connection
      expect(server.connections).toBe(2);
    } finally {
      agent.destroy();
      await server.close();
    }
  });

  it('close() destroys open connections instead of waiting for them', async () => {
    const server = await startServer();
    const pending = raw(`${server.url}/drip?duration=10&numbytes=5`);
    const outcome = pending.then(
      () => 'completed',
      () => 'aborted',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await server.close();
    // The drip would take 10 s; closing waits for nothing (bound generous for a loaded machine).
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(await outcome).toBe('aborted');
    await server.close(); // idempotent
  });

  it('is AsyncDisposable', async () => {
    const server = await startServer();
    await server[Symbol.asyncDispose]();
    expect(server.server.listening).toBe(false);
  });

  it('rejects when the port is taken', async () => {
    const first = await startServer();
    try {
      await expect(startServer({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

describe('startServer({ tls: true })', () => {
  it('serves HTTPS with a certificate for 127.0.0.1 and localhost signed by the exposed CA', async () => {
    const server = await startServer({ tls: true });
    try {
      expect(server.url).toBe(`https://127.0.0.1:${server.port}`);
      expect(server.ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(readFileSync(server.caFile!, 'utf8')).toBe(server.ca);
      const r = await raw(`${server.url}/get`, { ca: server.ca! });
      expect(json(r).url).toBe(`${server.url}/get`);
      const byName = await raw(`https://localhost:${server.port}/get`, { ca: server.ca! });
      expect(byName.status).toBe(200);
      await expect(raw(`${server.url}/get`)).rejects.toThrow(/self[- ]signed|unable to verify|issuer/i);
    } finally {
      await server.close();
    }
    expect(existsSync(server.caFile!)).toBe(false);
  });

  it('accepts an optional client certificate and reports it on /client-cert', async () => {
    const server = await startServer({ tls: true });
    try {
      const anonymous = json(await raw(`${server.url}/client-cert`, { ca: server.ca! }));
      expect(anonymous).toEqual({ tls: true, authorized: false, subject: null, issuer: null });
      const cert = readFileSync(server.clientCertFile!, 'utf8');
      const key = readFileSync(server.clientKeyFile!, 'utf8');
      const withCert = json(await raw(`${server.url}/client-cert`, { ca: server.ca!, cert, key }));
      expect(withCert).toMatchObject({ tls: true, authorized: true, subject: { CN: 'reqs test client' } });
      const combined = readFileSync(server.clientPemFile!, 'utf8');
      expect(combined).toContain('BEGIN CERTIFICATE');
      expect(combined).toContain('PRIVATE KEY');
    } finally {
      await server.close();
    }
  });
});
