/** Parameter lists in headers: `k=v, k="v"` (auth) or `type; k=v; k="v"` (Content-Type, -Disposition). */

/** Parses `name=value` pairs split by `separator`; quoted values lose their quotes and `\` escapes. */
export function parseParams(text: string, separator: ',' | ';'): Map<string, string> {
  const params = new Map<string, string>();
  const sep = separator === ',' ? ',' : ';';
  const re = new RegExp(
    `([^\\s=,;"]+)\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^${sep}\\s]*))\\s*(?:${sep}|$)`,
    'g',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    params.set(m[1]!.toLowerCase(), value);
  }
  return params;
}
