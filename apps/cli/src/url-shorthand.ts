// HTTPie's URL shorthands: `:3000/x` and `:/x` mean localhost; no scheme means the default one.

/** Completes a command-line URL: `:3000/x` → `http://localhost:3000/x`, `example.org` → `http://example.org`. */
export function expandUrl(url: string, defaultScheme: string): string {
  const localhost = /^:(\d*)(\/?.*)$/s.exec(url);
  if (localhost) {
    const [, port, rest] = localhost;
    return `${defaultScheme}://localhost${port ? `:${port}` : ''}${rest || '/'}`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  return `${defaultScheme}://${url}`;
}
