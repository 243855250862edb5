/** RFC 3986 §5.2.4 dot-segment removal, as urllib3 applies to http(s) paths. */

/**
 * `path` without `.` and `..` segments (`/a/./b/../c` → `/a/c`); `..` never climbs above
 * the root. Returns `path` itself when it has no dot segment.
 */
export function removeDotSegments(path: string): string {
  if (!path.includes('/.') && path.charCodeAt(0) !== 0x2e) return path;
  const output: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '.') continue;
    if (segment !== '..') output.push(segment);
    else if (output.length > 0) output.pop();
  }
  if (path.startsWith('/') && (output.length === 0 || output[0] !== '')) output.unshift('');
  if (path.endsWith('/.') || path.endsWith('/..')) output.push('');
  return output.join('/');
}
