// Content-Disposition parameters as browsers write them (WHATWG HTML, multipart/form-data encoding).

const ESCAPES: Readonly<Record<string, string>> = { '"': '%22', '\r': '%0D', '\n': '%0A' };

/**
 * Renders `name="value"` for a Content-Disposition header the way the HTML standard says
 * browsers do: `"` becomes `%22`, CR `%0D`, LF `%0A`; everything else (non-ASCII included) is
 * kept and later written as UTF-8. No RFC 2231 `filename*=` form: servers (busboy, Werkzeug,
 * Go's mime/multipart) read the plain form, and browsers send nothing else.
 */
export function quoteParam(name: string, value: string): string {
  return `${name}="${value.replace(/["\r\n]/g, (c) => ESCAPES[c] ?? c)}"`;
}
