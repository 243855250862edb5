/** Whether `Authorization` must be dropped on a redirect (Requests' should_strip_auth). */

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

interface Origin {
  scheme: string;
  host: string;
  port: string;
}

function originOf(url: string): Origin | null {
  try {
    const u = new URL(url);
    return { scheme: u.protocol, host: u.hostname, port: u.port || (DEFAULT_PORTS[u.protocol] ?? '') };
  } catch {
    return null;
  }
}

/**
 * True when a redirect from `oldUrl` to `newUrl` must not carry `Authorization`: the host,
 * the port or the scheme changes. The one exception, kept from Requests for compatibility,
 * is `http` on port 80 to `https` on port 443 on the same host. An unparseable URL strips.
 *
 * @example
 * shouldStripAuth('http://a.com/', 'https://a.com/'); // false
 * shouldStripAuth('https://a.com/', 'http://a.com/'); // true (downgrade)
 * shouldStripAuth('http://a.com:8080/', 'http://a.com:9090/'); // true
 */
export function shouldStripAuth(oldUrl: string, newUrl: string): boolean {
  const before = originOf(oldUrl);
  const after = originOf(newUrl);
  if (before === null || after === null) return true;
  if (before.host !== after.host) return true;
  if (
    before.scheme === 'http:' &&
    before.port === '80' &&
    after.scheme === 'https:' &&
    after.port === '443'
  ) {
    return false;
  }
  return before.scheme !== after.scheme || before.port !== after.port;
}
