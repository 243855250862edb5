/** @reqs/multipart: a streaming multipart/form-data encoder for reqs. */

export { guessFilename } from './guess-filename.js';
export {
  MultipartEncoder,
  type MultipartEncoderOptions,
  type ProgressCallback,
} from './multipart-encoder.js';
export type { FieldsInit, FieldValue, FilesInit, FormEntry, MultipartParts } from './multipart-parts.js';
