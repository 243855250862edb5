import { describe, expect, it } from 'vitest';
import { parseCli } from '../src/cli-options.js';

describe('parseCli', () => {
  it('defaults to port 8080 on 127.0.0.1 without TLS', () => {
    expect(parseCli([])).toEqual({ help: false, options: { port: 8080, host: '127.0.0.1', tls: false } });
  });

  it('reads --port, --host and --tls', () => {
    const command = parseCli(['--port', '0', '--host', '0.0.0.0', '--tls']);
    expect(command).toEqual({ help: false, options: { port: 0, host: '0.0.0.0', tls: true } });
    expect(parseCli(['-p', '9000'])).toMatchObject({ options: { port: 9000 } });
    expect(parseCli(['--', '--port', '1'])).toMatchObject({ options: { port: 1 } });
  });

  it('asks for help and rejects bad ports or unknown options', () => {
    expect(parseCli(['--help'])).toEqual({ help: true });
    expect(() => parseCli(['--port', 'x'])).toThrow(/invalid --port x/);
    expect(() => parseCli(['--port', '70000'])).toThrow(/invalid --port/);
    expect(() => parseCli(['--nope'])).toThrow();
  });
});
