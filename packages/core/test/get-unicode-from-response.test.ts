import { describe, expect, it } from 'vitest';
import type { CharsetDetector } from '../src/charset-detector.js';
import { StreamConsumedError } from '../src/errors/stream-consumed-error.js';
import { getUnicodeFromResponse } from '../src/get-unicode-from-response.js';
import { Response } from '../src/response.js';

function respond(bytes: number[] | string, contentType?: string): Response {
  const r = new Response();
  r.statusCode = 200;
  if (contentType !== undefined) r.headers.append('Content-Type', contentType);
  r.content = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes);
  return r;
}

describe('getUnicodeFromResponse', () => {
  // Requests' two tries: the Content-Type charset, then UTF-8 with replacement.
  it.each<[string, number[] | string, string | undefined, string]>([
    ['the declared charset', 'héllo', 'text/plain; charset=utf-8', 'héllo'],
    ['a declared latin-1', [0x68, 0xe9], 'text/plain; charset=ISO-8859-1', 'hé'],
    ['text/* without charset as ISO-8859-1', [0xc3, 0xa9], 'text/html', 'Ã©'],
    ['application/json without charset as UTF-8', [0xc3, 0xa9], 'application/json', 'é'],
    ['a declared cp1252 with its real table', [0x80, 0x93], 'text/plain; charset=cp1252', '€“'],
    [
      'bad bytes in the declared charset replaced',
      [0x61, 0xff, 0x62],
      'text/plain; charset=utf-8',
      'a\ufffdb',
    ],
    ['no Content-Type as UTF-8 with replacement', [0x61, 0xff], undefined, 'a\ufffd'],
    [
      'an unknown charset as UTF-8 with replacement',
      [0xc3, 0xa9, 0xff],
      'text/plain; charset=x-no-such',
      'é\ufffd',
    ],
    ['an empty body', [], 'text/plain; charset=utf-8', ''],
  ])('decodes %s', (_case, bytes, contentType, expected) => {
    expect(getUnicodeFromResponse(respond(bytes, contentType))).toBe(expected);
  });

  it('never guesses from the bytes, unlike r.text', () => {
    const r = respond([0x93, 0x61, 0x94]); // Windows-1252 quotes, no charset declared
    expect(r.text).toBe('“a”');
    expect(getUnicodeFromResponse(r)).toBe('\ufffda\ufffd');
  });

  it('uses an encoding set by hand', () => {
    const r = respond([0xe9], 'text/plain; charset=utf-8');
    r.encoding = 'latin-1';
    expect(getUnicodeFromResponse(r)).toBe('é');
  });

  it("asks the response's charset detector to decode names it knows", () => {
    const detector: CharsetDetector = {
      detect: () => null,
      decode: (_bytes, encoding) => (encoding === 'x-custom' ? 'custom!' : undefined),
    };
    const r = respond([0x01], 'text/plain; charset=x-custom');
    r.charsetDetector = detector;
    expect(getUnicodeFromResponse(r)).toBe('custom!');
  });

  it('is null for a bare new Response() (Requests returns None)', () => {
    expect(getUnicodeFromResponse(new Response())).toBeNull();
  });

  it('throws StreamConsumedError for a body streamed away', async () => {
    const r = new Response();
    r.setBody(
      (async function* () {
        yield new Uint8Array([0x61]);
      })(),
    );
    for await (const _chunk of r.iterContent()) {
      // consume
    }
    expect(() => getUnicodeFromResponse(r)).toThrow(StreamConsumedError);
  });
});
