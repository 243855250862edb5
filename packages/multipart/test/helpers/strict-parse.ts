// A small, strict multipart/form-data parser, independent of busboy: it checks the framing
// byte for byte and returns each part's raw header lines, so escaping can be checked exactly.

export interface ParsedPart {
  /** Header lines as sent, in order. */
  headers: [name: string, value: string][];
  /** The `name` parameter exactly as sent (still escaped). */
  name: string;
  /** The `filename` parameter exactly as sent, or null when absent. */
  filename: string | null;
  content: Buffer;
}

const DISPOSITION = /^form-data; name="([^"]*)"(?:; filename="([^"]*)")?$/;

/** Parses `body`; throws on any deviation from the framing RFC 7578 and urllib3 produce. */
export function strictParse(body: Uint8Array, boundary: string): ParsedPart[] {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const opening = Buffer.from(`--${boundary}\r\n`, 'latin1');
  const closing = Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1');
  const between = Buffer.from(`\r\n--${boundary}\r\n`, 'latin1');
  if (bytes.equals(Buffer.from(`--${boundary}--\r\n`, 'latin1'))) return [];
  if (!bytes.subarray(0, opening.length).equals(opening))
    throw new Error('body does not open with the boundary');
  if (!bytes.subarray(bytes.length - closing.length).equals(closing)) throw new Error('body does not close');
  const inner = bytes.subarray(opening.length, bytes.length - closing.length);
  return split(inner, between).map(parsePart);
}

function split(bytes: Buffer, separator: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(separator); at !== -1; at = bytes.indexOf(separator, from)) {
    pieces.push(bytes.subarray(from, at));
    from = at + separator.length;
  }
  pieces.push(bytes.subarray(from));
  return pieces;
}

function parsePart(raw: Buffer): ParsedPart {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) throw new Error('part without a blank line after its headers');
  const headers = raw
    .subarray(0, end)
    .toString('utf8')
    .split('\r\n')
    .map((line): [string, string] => {
      const match = /^([A-Za-z0-9-]+): (.*)$/.exec(line);
      if (match === null) throw new Error(`bad header line ${JSON.stringify(line)}`);
      return [match[1]!, match[2]!];
    });
  const disposition = headers[0];
  if (disposition?.[0] !== 'Content-Disposition')
    throw new Error('Content-Disposition is not the first header');
  const match = DISPOSITION.exec(disposition[1]);
  if (match === null) throw new Error(`bad Content-Disposition ${JSON.stringify(disposition[1])}`);
  return { headers, name: match[1]!, filename: match[2] ?? null, content: raw.subarray(end + 4) };
}
