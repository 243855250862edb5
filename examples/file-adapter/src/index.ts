/** reqs-file: an example third-party transport adapter for `file://` URLs, on @reqs/core alone. */
export { FileAdapter } from './file-adapter.js';
export { filePath } from './file-path.js';
