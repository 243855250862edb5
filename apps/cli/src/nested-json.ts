// HTTPie's nested JSON keys: `a[b][0]=c`, `a[]=x` (append), `[0]=x` (a top-level array).

/** Body fields as kept while items are read: the top level is a list of [key, value]. */
type Fields = [string, unknown][];

/** A key split into its path: `a[b][0]` → ['a', 'b', 0]; `a[]` → ['a', null] (append). */
export function parseKeyPath(key: string): (string | number | null)[] {
  const whole = /^([^[\]]*)((?:\[[^\]]*\])*)$/.exec(key);
  if (!whole) return [key]; // not a path: a plain key
  const path: (string | number | null)[] = [whole[1]!];
  for (const [, inner] of whole[2]!.matchAll(/\[([^\]]*)\]/g)) {
    path.push(inner === '' ? null : /^\d+$/.test(inner!) ? Number(inner) : inner!);
  }
  return path;
}

/** Sets `value` at the path of `key` in the ordered top-level fields. */
export function setNestedValue(fields: Fields, key: string, value: unknown): void {
  const [head, ...rest] = parseKeyPath(key) as [string, ...(string | number | null)[]];
  if (rest.length === 0) {
    fields.push([head, value]);
    return;
  }
  let entry = fields.find(([name]) => name === head);
  if (!entry) {
    entry = [head, typeof rest[0] === 'string' ? {} : []];
    fields.push(entry);
  }
  entry[1] = setIn(entry[1], rest, value);
}

function setIn(container: unknown, path: (string | number | null)[], value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  const target = container ?? (typeof step === 'string' ? {} : []);
  if (step === null || typeof step === 'number') {
    if (!Array.isArray(target)) throw new TypeError(`cannot index a ${typeof target} with [${step ?? ''}]`);
    const index = step ?? target.length;
    target[index] = rest.length === 0 ? value : setIn(target[index], rest, value);
    return target;
  }
  if (typeof target !== 'object' || Array.isArray(target))
    throw new TypeError(`cannot set key '${step}' on a list`);
  const record = target as Record<string, unknown>;
  const current = Object.hasOwn(record, step) ? record[step] : undefined;
  Object.defineProperty(record, step, {
    value: rest.length === 0 ? value : setIn(current, rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return record;
}
