import { brand } from './brand.js';
import { ConnectionError } from './connection-error.js';

/** The proxy refused or failed the connection. */
export class ProxyError extends ConnectionError {
  override name: string = 'ProxyError';
}
brand(ProxyError, 'ProxyError');
