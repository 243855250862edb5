/** How a bad value is named in messages: its type, and a short rendering of scalars. */

/**
 * The type of `value` as a user would name it, with scalars shown:
 * `string ('yes')`, `number (-1)`, `boolean (true)`, `array`, `object`, `Map`, `function`.
 *
 * @example
 * describeValue('300'); // "string ('300')"
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `string (${quote(value)})`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof value} (${String(value)})`;
    case 'object':
      return objectType(value);
    default:
      return typeof value;
  }
}

function objectType(value: object | null): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const proto = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return 'object';
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'object';
}

function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `'${short}'`;
}
