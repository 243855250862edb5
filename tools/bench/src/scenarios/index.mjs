// Every scenario, in report order (issue 8's numbering).
import { coldStart } from './cold-start.mjs';
import { cached, concurrent, gzip, gzipApi, mocked, post, sequential } from './in-process.mjs';
import { downloadChunked, downloadLength, upload } from './transfer.mjs';

/** @type {readonly import('./scenario.mjs').Scenario[]} */
export const scenarios = [
  sequential,
  concurrent,
  downloadLength,
  downloadChunked,
  post,
  gzip,
  gzipApi,
  upload,
  coldStart,
  mocked,
  cached,
];

/** The names `--only` accepts. */
export const scenarioGroups = [...new Set(scenarios.map((s) => s.group))];
