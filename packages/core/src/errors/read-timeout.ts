import { brand } from './brand.js';
import { Timeout } from './timeout.js';

/** The server sent no byte for longer than the read timeout (headers or body). */
export class ReadTimeout extends Timeout {
  override name: string = 'ReadTimeout';
}
brand(ReadTimeout, 'ReadTimeout');
