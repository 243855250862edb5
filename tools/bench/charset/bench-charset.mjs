#!/usr/bin/env node
// Charset detection benchmark (dev-only): reqs beside Python's chardet and charset_normalizer on
// the ground-truth corpus. See README.md, "Charset detection". Run: node charset/bench-charset.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusPath = join(here, '../../../packages/encoding/test/corpus/truth/corpus.json');
const encodingModule = new URL('../../../packages/encoding/dist/index.js', import.meta.url).href;
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const SIZES = ['line', 'paragraph', 'page'];
/** The 1 MB page: this sample's bytes repeated. */
const BIG_PAGE_SAMPLE = 'Russian page 4 in windows-1251';
const LINE_REPEATS = 50;

const samples = JSON.parse(readFileSync(corpusPath, 'utf8')).samples.map((s) => ({
  ...s,
  data: new Uint8Array(Buffer.from(s.bytes, 'base64')),
}));

function bigPage() {
  const page = samples.find((s) => s.id === BIG_PAGE_SAMPLE).data;
  const out = new Uint8Array(1_000_000);
  for (let at = 0; at < out.length; at += page.length) out.set(page.subarray(0, out.length - at), at);
  return out;
}

/** import + first detection in a fresh process, on a sample that needs the statistical step. */
function firstDetection() {
  const script = `
    const bytes = Buffer.from(process.argv[1], 'base64');
    const t0 = performance.now();
    const { detectEncoding } = await import(${JSON.stringify(encodingModule)});
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    detectEncoding(bytes);
    const cpu = process.cpuUsage(cpu0);
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, firstCpuMs: (cpu.user + cpu.system) / 1000 }));`;
  const line = samples.find((s) => s.encoding === 'iso-8859-1' && s.size === 'line');
  const runs = Array.from({ length: 7 }, () =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script, line.bytes], { encoding: 'utf8' }),
    ),
  );
  const of = (key) => median(runs.map((r) => r[key]));
  const bestMs = Math.min(...runs.map((r) => r.firstMs));
  return {
    importMs: of('importMs'),
    firstMs: of('firstMs'),
    firstBestMs: bestMs,
    firstCpuMs: of('firstCpuMs'),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function scoreReqs(page) {
  const { detectEncoding, decode } = await import(encodingModule);
  const results = {};
  for (const s of samples) {
    const guess = detectEncoding(s.data);
    results[s.id] = { guess, right: guess !== null && decode(s.data, guess) === s.text };
  }
  const lineTimes = samples
    .filter((s) => s.size === 'line')
    .map((s) => {
      const t0 = performance.now();
      for (let i = 0; i < LINE_REPEATS; i++) detectEncoding(s.data);
      return (performance.now() - t0) / LINE_REPEATS;
    });
  const rounds = Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    detectEncoding(page);
    return page.length / 1e6 / ((performance.now() - t0) / 1000);
  });
  return { results, lineMs: median(lineTimes), pageMBps: median(rounds), ...firstDetection() };
}

function scorePython(page) {
  const dir = join(tmpdir(), `reqs-charset-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const pagePath = join(dir, 'page.bin');
  writeFileSync(pagePath, page);
  const out = execFileSync(PYTHON, [join(here, 'score-python.py'), corpusPath, pagePath], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

function counts(detector) {
  return Object.fromEntries(
    SIZES.map((size) => {
      const ofSize = samples.filter((s) => s.size === size);
      return [
        size,
        { right: ofSize.filter((s) => detector.results[s.id].right).length, total: ofSize.length },
      ];
    }),
  );
}

function report(detectors) {
  const names = Object.keys(detectors);
  const lines = [];
  const languages = new Set(samples.map((s) => s.language)).size;
  const encodings = new Set(samples.map((s) => s.encoding)).size;
  lines.push(`Corpus: ${samples.length} samples, ${languages} languages, ${encodings} encodings.`, '');
  lines.push(
    `| detector | ${SIZES.map((s) => `${s}s right`).join(' | ')} | all | first call | one line | 1 MB page |`,
  );
  lines.push(`| --- | ${SIZES.map(() => '---').join(' | ')} | --- | --- | --- | --- |`);
  for (const name of names) {
    const d = detectors[name];
    const c = counts(d);
    const all = SIZES.reduce((sum, size) => sum + c[size].right, 0);
    const cells = SIZES.map((size) => `${c[size].right}/${c[size].total}`);
    const first =
      d.importMs === undefined
        ? `${d.firstMs.toFixed(0)} ms`
        : `${d.firstMs.toFixed(1)} ms (best ${d.firstBestMs.toFixed(1)}), CPU ${d.firstCpuMs.toFixed(1)} ms (+ import ${d.importMs.toFixed(0)} ms)`;
    lines.push(
      `| ${name} | ${cells.join(' | ')} | ${all}/${samples.length} | ${first} | ${d.lineMs.toFixed(3)} ms | ${d.pageMBps.toFixed(2)} MB/s |`,
    );
  }
  const reqs = detectors.reqs;
  const reqsCounts = counts(reqs);
  lines.push('', 'Targets:');
  for (const name of names.filter((n) => n !== 'reqs')) {
    const c = counts(detectors[name]);
    const behind = SIZES.filter((size) => reqsCounts[size].right < c[size].right);
    lines.push(
      `- reqs at least as many right as ${name} in every size class: ${behind.length === 0 ? 'yes' : `NO (${behind.join(', ')})`}`,
    );
  }
  const chardetName = names.find((n) => n.startsWith('chardet'));
  if (chardetName !== undefined) {
    const missed = samples.filter(
      (s) => detectors[chardetName].results[s.id].right && !reqs.results[s.id].right,
    );
    lines.push(
      `- reqs right on every sample ${chardetName} gets right: ${missed.length === 0 ? 'yes' : `NO (${missed.length})`}`,
    );
    for (const s of missed) lines.push(`  - ${s.id}: reqs says ${reqs.results[s.id].guess}`);
  }
  lines.push(
    `- first call < 20 ms (median of 7 fresh processes): ${reqs.firstMs < 20 ? 'yes' : 'NO'}; one line < 0.3 ms: ${reqs.lineMs < 0.3 ? 'yes' : 'NO'}; 1 MB page >= 14 MB/s: ${reqs.pageMBps >= 14 ? 'yes' : 'NO'}`,
  );
  lines.push('', 'reqs misses:');
  for (const s of samples.filter((x) => !reqs.results[x.id].right))
    lines.push(`- ${s.id}: ${reqs.results[s.id].guess}`);
  return lines.join('\n');
}

/** Python's scores: measured now, reused from the last run (--reuse-python), or none (--reqs-only). */
function pythonScores(page) {
  const cache = join(resultsDir, 'charset-python.json');
  if (process.argv.includes('--reqs-only')) return {};
  if (process.argv.includes('--reuse-python')) return JSON.parse(readFileSync(cache, 'utf8'));
  const scores = scorePython(page);
  writeFileSync(cache, JSON.stringify(scores));
  return scores;
}

const resultsDir = join(here, '../results');
mkdirSync(resultsDir, { recursive: true });
const page = bigPage();
const detectors = { reqs: await scoreReqs(page), ...pythonScores(page) };
writeFileSync(join(resultsDir, 'charset-latest.json'), JSON.stringify(detectors, null, 1));
console.log(report(detectors));
