// API Extractor and the libraries it runs on, loaded from API Extractor's own dependencies:
// the model and TSDoc parser must be the versions it wrote the model with, and its TypeScript
// (5.x/6.x, with the compiler API) is the one that reads our `.d.ts` files. TypeScript 7, the
// repo's compiler, has no JavaScript API for a documentation tool to call.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fromExtractor = createRequire(require.resolve('@microsoft/api-extractor'));

/** @type {typeof import('@microsoft/api-extractor')} */
export const extractor = require('@microsoft/api-extractor');
/** @type {typeof import('@microsoft/api-extractor-model')} */
export const model = fromExtractor('@microsoft/api-extractor-model');
/** @type {typeof import('@microsoft/tsdoc')} */
export const tsdoc = fromExtractor('@microsoft/tsdoc');
/** @type {typeof import('typescript')} */
export const ts = fromExtractor('typescript');
