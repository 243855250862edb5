// --proxy through a real HTTP proxy (tinyproxy, started by the test).
import { startTinyproxy } from '@reqs/test-servers';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const httpbin = useHttpbin();

describe('reqs --proxy', () => {
  it('sends an http URL through the proxy given for http', async () => {
    await using proxy = await startTinyproxy();
    const url = `${httpbin.url}/get`;
    const r = await runCli(['--proxy', `http:${proxy.url}`, url]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe(url);
    expect(proxy.log()).toContain(`GET ${url} HTTP/1.1`);
  });

  it('names a malformed --proxy before sending', async () => {
    const r = await runCli(['--proxy', 'localhost:3128', `${httpbin.url}/get`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("--proxy 'localhost:3128': expected PROTOCOL:PROXY_URL");
  });
});
