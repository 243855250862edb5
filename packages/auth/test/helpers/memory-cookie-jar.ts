// A name → value cookie jar implementing core's CookieJar, enough for one host in tests.
import type { CookieAttributes, CookieJar, CookieLike, CookieScope } from '@reqs/core';

export class MemoryCookieJar implements CookieJar {
  readonly #cookies = new Map<string, string>();

  get size(): number {
    return this.#cookies.size;
  }

  cookieHeaderFor(_url: string): string | null {
    if (this.#cookies.size === 0) return null;
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  storeResponseCookies(setCookieHeaders: readonly string[], _url: string): void {
    for (const header of setCookieHeaders) {
      const pair = header.split(';', 1)[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) this.#cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  get(name: string, defaultValue?: string, _scope?: CookieScope): string | undefined {
    return this.#cookies.get(name) ?? defaultValue;
  }

  set(name: string, value: string | null, _attributes?: CookieAttributes): void {
    if (value === null) this.#cookies.delete(name);
    else this.#cookies.set(name, value);
  }

  delete(name: string): boolean {
    return this.#cookies.delete(name);
  }

  getDict(): Record<string, string> {
    return Object.fromEntries(this.#cookies);
  }

  clear(): void {
    this.#cookies.clear();
  }

  copy(): MemoryCookieJar {
    const jar = new MemoryCookieJar();
    for (const [name, value] of this.#cookies) jar.set(name, value);
    return jar;
  }

  *[Symbol.iterator](): Iterator<CookieLike> {
    for (const [name, value] of this.#cookies) {
      yield { name, value, domain: '', path: '/', secure: false, expires: null };
    }
  }
}
