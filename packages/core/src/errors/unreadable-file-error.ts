import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * A file given to upload cannot be opened or read (missing, a directory, no permission): the
 * message names the path and the field, `cause` is the system error (`ENOENT`, `EACCES`…).
 * @example
 * await requests.post('https://httpbin.org/post', { files: { report: createReadStream('missing.csv') } }).catch((error) => {
 *   if (error instanceof UnreadableFileError) console.log(error.message);
 * });
 */
export class UnreadableFileError extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'UnreadableFileError'`. */
  override name: string = 'UnreadableFileError';
}
brand(UnreadableFileError, 'UnreadableFileError');
