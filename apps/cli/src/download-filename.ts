// The file a download is saved to: Content-Disposition's filename, else the URL's last segment;
// never a path, never an existing file (`name-1.ext`, `name-2.ext`, …).
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';

const EXTENSIONS: Record<string, string> = {
  'application/json': '.json',
  'application/xml': '.xml',
  'application/pdf': '.pdf',
  'application/zip': '.zip',
  'application/gzip': '.gz',
  'text/html': '.html',
  'text/plain': '.txt',
  'text/css': '.css',
  'text/csv': '.csv',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/svg+xml': '.svg',
  'image/webp': '.webp',
};

/** The filename in a `Content-Disposition` header (`filename*=UTF-8''…` preferred), reduced to a base name. */
export function filenameFromDisposition(header: string | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([\w!#$&+.^`|~-]+)'[^']*'([^;]+)/i.exec(header);
  let name: string | null = null;
  if (extended) {
    try {
      name = decodeURIComponent(extended[2]!.trim());
    } catch {
      name = null;
    }
  }
  if (name === null) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
    name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]!.trim()) : null;
  }
  return name === null ? null : safeName(name);
}

/** A base name without directories, control characters or leading dots; null when nothing is left. */
function safeName(name: string): string | null {
  const base = basename(name.replaceAll('\\', '/'))
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^\.+/, '')
    .trim();
  return base === '' ? null : base;
}

/** The URL's last path segment (or `index`), with an extension from the Content-Type when it has none. */
export function filenameFromUrl(url: string, contentType: string | undefined): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop();
  let name = (segment && safeName(decodeURIComponentSafe(segment))) || 'index';
  if (extname(name) === '' && contentType)
    name += EXTENSIONS[contentType.split(';')[0]!.trim().toLowerCase()] ?? '';
  return name;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `name` if no such file exists, else `stem-1.ext`, `stem-2.ext`, … (HTTPie's rule). */
export function uniqueFilename(name: string, exists: (path: string) => boolean = existsSync): string {
  if (!exists(name)) return name;
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!exists(candidate)) return candidate;
  }
}
