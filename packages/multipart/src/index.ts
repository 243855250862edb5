/** @reqs/multipart: a streaming multipart/form-data encoder for reqs. */

export {
  MultipartEncoder,
  type MultipartEncoderOptions,
  type ProgressCallback,
} from './multipart-encoder.js';
export type { FieldsInit, FieldValue, FilesInit, FormEntry, MultipartParts } from './multipart-parts.js';
