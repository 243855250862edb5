/** The installed version of reqs, read from its package.json at run time. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The version of the `reqs` package, e.g. `'1.0.0'`.
 * @example
 * console.log(`reqs ${requests.__version__}`);
 * await requests.get('https://httpbin.org/headers', { headers: { 'User-Agent': `my-tool (reqs/${__version__})` } });
 */
export const __version__: string = (require('../package.json') as { version: string }).version;
