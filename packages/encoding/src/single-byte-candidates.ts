/**
 * The single-byte encodings detection chooses between, each with its table and a prior: how
 * much more often it is met on the web than the others, which settles readings that tie.
 */
import { type ByteTable, iso885916Table, platformTable, thaiTable, windows1252Table } from './single-byte.js';

/** One candidate: the name detection answers, its prior (log-odds), and how to build its table. */
export interface SingleByteCandidate {
  readonly name: string;
  readonly prior: number;
  readonly table: () => ByteTable;
}

const windows = (name: string, prior: number): SingleByteCandidate => ({
  name,
  prior,
  table: () => platformTable(name, true),
});
const iso = (name: string, prior: number): SingleByteCandidate => ({
  name,
  prior,
  table: () => platformTable(name, false),
});

/**
 * ISO-8859-1 and -9 are absent: Windows-1252 and -1254 decode every text they hold the same
 * way (they differ only in 0x80–0x9F, control codes there). ISO-8859-3, -4, -10 and -14
 * (Maltese, Esperanto, old Baltic and Nordic, Welsh) are absent too: rare on the web, and each
 * reads Western or Baltic text as plausibly as the right page does.
 */
export const SINGLE_BYTE_CANDIDATES: readonly SingleByteCandidate[] = [
  { name: 'windows-1252', prior: 0, table: windows1252Table },
  windows('windows-1251', -0.5),
  windows('windows-1250', -0.7),
  iso('iso-8859-2', -1.2),
  iso('iso-8859-15', -1.2),
  windows('windows-1254', -0.8),
  windows('windows-1257', -1.3),
  iso('iso-8859-13', -1.8),
  windows('windows-1253', -1),
  iso('iso-8859-7', -1.3),
  windows('windows-1255', -1),
  iso('iso-8859-8', -1.3),
  windows('windows-1256', -1),
  iso('iso-8859-6', -1.5),
  windows('windows-874', -1),
  { name: 'tis-620', prior: -1.2, table: () => thaiTable(false) },
  iso('koi8-r', -1.2),
  iso('koi8-u', -1.5),
  iso('iso-8859-5', -1.6),
  iso('ibm866', -1.6),
  iso('x-mac-cyrillic', -2.5),
  iso('macintosh', -3),
  { name: 'iso-8859-16', prior: -2, table: iso885916Table },
];
