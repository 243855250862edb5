/** @reqs/multipart: Streaming multipart/form-data encoder for reqs. */
export {};
