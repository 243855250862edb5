// JSON indented by 4 spaces with keys sorted, like HTTPie's defaults; colored token by token when colors are on.
import type { Paint } from './paint.js';

/** Renders `value` as indented JSON with sorted keys, with keys, strings, numbers and literals colored. */
export function formatJson(value: unknown, paint: Paint, indent = ''): string {
  if (value === null) return paint.cyan('null');
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}    `;
    const items = value.map((item) => inner + formatJson(item, paint, inner));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  switch (typeof value) {
    case 'string':
      return paint.green(JSON.stringify(value));
    case 'number':
      return paint.yellow(JSON.stringify(value));
    case 'boolean':
      return paint.cyan(String(value));
    case 'object': {
      const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      if (entries.length === 0) return '{}';
      const inner = `${indent}    `;
      const lines = entries.map(
        ([k, v]) => `${inner}${paint.blue(JSON.stringify(k))}: ${formatJson(v, paint, inner)}`,
      );
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    default:
      return JSON.stringify(value) ?? '';
  }
}
