// Key signatures of @reqs/multipart (checked by `pnpm typecheck`).

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { MultipartEncoder as CoreMultipartEncoder, EncodedMultipart, PreparedBody } from '@reqs/core';
import { expectTypeOf } from 'vitest';
import { MultipartEncoder, type ProgressCallback } from '../src/index.js';

const m = new MultipartEncoder({
  fields: { a: 'x', n: 1, b: true, list: ['p', 'q'], none: null },
  files: {
    s: 'text',
    u: new Uint8Array(1),
    f: createReadStream('x'),
    r: Readable.from([]),
    w: new Blob([]).stream(),
    t2: ['name', 'content'],
    t3: ['name', new Blob([]), 'text/plain'],
    t4: ['name', 'c', undefined, { 'X-A': 'b' }],
    field: [null, 'plain'],
  },
});
new MultipartEncoder({
  files: [
    ['images', 'a'],
    ['images', ['b.png', 'b']],
  ],
});
new MultipartEncoder([
  ['field', 'v'],
  ['file', new File([], 'f.txt')],
]);
new MultipartEncoder(null, { boundary: 'b', onProgress: (sent, total) => void [sent, total] });

expectTypeOf(m.contentType).toEqualTypeOf<string>();
expectTypeOf(m.length).toEqualTypeOf<number | null>();
expectTypeOf(m).toExtend<CoreMultipartEncoder>();
expectTypeOf(m).toExtend<AsyncIterable<Uint8Array>>();
expectTypeOf(m).toExtend<PreparedBody>();
expectTypeOf(m.encode([], [])).toEqualTypeOf<EncodedMultipart>();
expectTypeOf<ProgressCallback>().parameters.toEqualTypeOf<[number, number | null]>();

// @ts-expect-error a number is not file content
new MultipartEncoder({ files: { f: 1 } });
// @ts-expect-error an object is not a field value
new MultipartEncoder({ fields: { f: { nested: true } } });
// @ts-expect-error part headers are strings
new MultipartEncoder({ files: { f: ['n', 'c', 'text/plain', { 'X-A': 1 }] } });
