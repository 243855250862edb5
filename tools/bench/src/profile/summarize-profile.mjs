// Hot spots of a V8 .cpuprofile (what `node --cpu-prof` or node:inspector writes): self and
// total time by function, and self time by package, as Markdown tables; shares are of the
// busy (non-idle) samples.
//   node src/profile/summarize-profile.mjs <file.cpuprofile> [top]

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, hitCount?: number, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], startTime: number, endTime: number }} CpuProfile
 */

/**
 * Which package a script belongs to: `@reqs/adapters`, `undici`, `node:internal`, …
 * @param {string} url
 */
export function packageOf(url) {
  if (url === '') return '(native / V8)';
  if (url.startsWith('node:')) return 'node (internal)';
  const workspace = /\/packages\/([^/]+)\/dist\//.exec(url);
  if (workspace) return workspace[1] === 'reqs' ? 'reqs' : `@reqs/${workspace[1]}`;
  const modules = url.split('/node_modules/').at(-1);
  if (modules !== undefined && modules !== url) {
    const parts = modules.split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.includes('/tools/bench/')) return 'bench harness';
  return url;
}

/** @param {CallFrame} frame */
function frameKey(frame) {
  const file = frame.url.replace(/^.*\/(packages|node_modules)\//, '').replace(/^file:\/\//, '');
  return `${frame.functionName || '(anonymous)'} ${file || '(native)'}:${frame.lineNumber + 1}`;
}

/**
 * @param {CpuProfile} profile
 * @param {number} [top]
 */
export function summarizeProfile(profile, top = 25) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Idle samples (waiting for the server) are no one's cost: shares are of busy time.
  const isIdle = (/** @type {ProfileNode} */ n) => n.callFrame.functionName === '(idle)';
  const busy = profile.nodes.filter((n) => !isIdle(n));
  const totalHits = busy.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
  /** @type {Map<string, number>} */ const self = new Map();
  /** @type {Map<string, number>} */ const total = new Map();
  /** @type {Map<string, number>} */ const packages = new Map();
  for (const node of busy) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const key = frameKey(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + hits);
    const pkg = packageOf(node.callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + hits);
    // Total time: once per distinct function on the stack (recursion counted once).
    const seen = new Set();
    for (let id = /** @type {number | undefined} */ (node.id); id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame === undefined) break;
      const k = frameKey(frame);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + hits);
      seen.add(k);
    }
  }
  /** @param {number} hits */
  const pct = (hits) => `${((hits / totalHits) * 100).toFixed(1)} %`;
  /** @param {Map<string, number>} map @param {string} title @param {string} column @param {number} n */
  const table = (map, title, column, n) =>
    [
      `### ${title}`,
      '',
      `| ${column} | share |`,
      '|---|--:|',
      ...[...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `| ${k.replaceAll('|', '\\|')} | ${pct(v)} |`),
      '',
    ].join('\n');
  const reqsTotal = new Map(
    [...total].filter(([k]) => /^\S+ (reqs|core|session|adapters|cookies)\//.test(k)),
  );
  return [
    table(packages, 'Self time by package', 'package', 20),
    table(self, `Self time by function (top ${top})`, 'function file:line', top),
    table(reqsTotal, `Total time of reqs functions (top ${top})`, 'function file:line', top),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const [file, top = '25'] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: summarize-profile.mjs <file.cpuprofile> [top]');
  console.log(summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), Number(top)));
}
