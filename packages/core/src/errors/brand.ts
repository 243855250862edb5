// Brands make `instanceof` work across two copies of @reqs/core and give ConnectTimeout
// two parents. Each class gets its own brand, because a static Symbol.hasInstance is inherited.

/** Marks `cls` (and, through the prototype chain, its subclasses) with its own brand. */
export function brand(
  cls: abstract new (...args: never[]) => object,
  name: string,
  ...alsoBrands: string[]
): void {
  const symbol = Symbol.for(`reqs.error.${name}`);
  Object.defineProperty(cls.prototype, symbol, { value: true });
  for (const extra of alsoBrands) {
    Object.defineProperty(cls.prototype, Symbol.for(`reqs.error.${extra}`), { value: true });
  }
  Object.defineProperty(cls, Symbol.hasInstance, {
    value: (value: unknown): boolean =>
      typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[symbol] === true,
  });
}
