/** RFC 8187 extended parameter values: `UTF-8''%C3%A9t%C3%A9` → `été`. */

/** Decodes `charset'lang'pct-encoded`; a value not in that form is returned as is. */
export function decodeExtValue(value: string): string {
  const m = /^([\w!#$%&+^`{}~-]*)'[\w-]*'(.*)$/.exec(value);
  if (!m) return value;
  const binary = m[2]!.replace(/%([0-9a-f]{2})/gi, (_s, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  const bytes = Buffer.from(binary, 'latin1');
  return m[1]!.toLowerCase() === 'utf-8' ? bytes.toString('utf8') : bytes.toString('latin1');
}
