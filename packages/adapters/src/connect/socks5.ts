// SOCKS5 (RFC 1928) CONNECT with optional username/password (RFC 1929) over an open socket.
import { lookup } from 'node:dns/promises';
import { isIP, type Socket } from 'node:net';
import { bareHost, type TcpTarget } from './dial-steps.js';

/** How to ask the SOCKS server. */
export interface Socks5Options {
  /** `socks5h://`: the proxy resolves the name; `socks5://`: we resolve it here. */
  remoteDns: boolean;
  /** RFC 1929 credentials from the proxy URL. */
  auth: { username: string; password: string } | null;
}

/** The SOCKS server refused or failed. */
export class SocksFailure extends Error {
  override name = 'SocksFailure';
}

const REPLIES: Readonly<Record<number, string>> = {
  1: 'general SOCKS server failure',
  2: 'connection not allowed by ruleset',
  3: 'network unreachable',
  4: 'host unreachable',
  5: 'connection refused',
  6: 'TTL expired',
  7: 'command not supported',
  8: 'address type not supported',
};

/** Resolves with exactly `length` bytes from `socket`; extra bytes are put back. */
function readExactly(socket: Socket, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let held: Buffer = Buffer.alloc(0);
    const finish = (error: Error | null, bytes?: Buffer) => {
      socket.off('data', onData);
      socket.off('error', finish);
      socket.off('end', onEnd);
      socket.pause();
      if (error) reject(error);
      else resolve(bytes!);
    };
    const onEnd = () => finish(new SocksFailure('SOCKS server closed the connection'));
    const onData = (chunk: Buffer) => {
      held = held.length === 0 ? chunk : Buffer.concat([held, chunk]);
      if (held.length < length) return;
      finish(null, held.subarray(0, length));
      if (held.length > length) socket.unshift(held.subarray(length));
    };
    socket.on('data', onData);
    socket.once('error', finish);
    socket.once('end', onEnd);
    // A previous read paused the socket; a 'data' listener alone does not restart it.
    socket.resume();
  });
}

async function negotiate(socket: Socket, auth: Socks5Options['auth']): Promise<void> {
  socket.write(Buffer.from(auth ? [5, 2, 0, 2] : [5, 1, 0]));
  const [version, method] = await readExactly(socket, 2);
  if (version !== 5) throw new SocksFailure('Not a SOCKS5 server');
  if (method === 0) return;
  if (method !== 2 || auth === null)
    throw new SocksFailure('SOCKS server accepts none of our authentication methods');
  const user = Buffer.from(auth.username);
  const pass = Buffer.from(auth.password);
  socket.write(Buffer.concat([Buffer.from([1, user.length]), user, Buffer.from([pass.length]), pass]));
  const [, status] = await readExactly(socket, 2);
  if (status !== 0) throw new SocksFailure('SOCKS authentication failed');
}

async function address(host: string, remoteDns: boolean): Promise<Buffer> {
  let name = bareHost(host);
  if (isIP(name) === 0 && !remoteDns) name = (await lookup(name)).address;
  const family = isIP(name);
  if (family === 4) return Buffer.from([1, ...name.split('.').map(Number)]);
  if (family === 6) {
    const groups = new URL(`http://[${name}]/`).hostname.slice(1, -1);
    return Buffer.concat([Buffer.from([4]), ipv6Bytes(groups)]);
  }
  const bytes = Buffer.from(name);
  if (bytes.length > 255) throw new SocksFailure(`Host name too long for SOCKS: ${name}`);
  return Buffer.concat([Buffer.from([3, bytes.length]), bytes]);
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  const out = Buffer.alloc(16);
  for (const [i, group] of groups.entries()) out.writeUInt16BE(Number.parseInt(group, 16), i * 2);
  return out;
}

async function readReply(socket: Socket): Promise<void> {
  const [version, reply, , type] = await readExactly(socket, 4);
  if (version !== 5) throw new SocksFailure('Not a SOCKS5 server');
  if (reply !== 0) throw new SocksFailure(`SOCKS server: ${REPLIES[reply!] ?? `error ${reply}`}`);
  const length = type === 1 ? 4 : type === 4 ? 16 : (await readExactly(socket, 1))[0]!;
  await readExactly(socket, length + 2);
}

/**
 * Asks the SOCKS5 server on `socket` to connect to `target`; resolves once the tunnel is up.
 *
 * @throws SocksFailure naming the server's reply; DNS errors for `socks5://` names.
 */
export async function socks5Connect(
  socket: Socket,
  target: TcpTarget,
  options: Socks5Options,
): Promise<void> {
  await negotiate(socket, options.auth);
  const port = Buffer.alloc(2);
  port.writeUInt16BE(target.port);
  socket.write(Buffer.concat([Buffer.from([5, 1, 0]), await address(target.host, options.remoteDns), port]));
  await readReply(socket);
}
