import { describe, expect, it } from 'vitest';
import { getEncodingsFromContent } from '../src/get-encodings-from-content.js';

// Expected values were produced by Python Requests 2.32's `get_encodings_from_content`.
const CASES: Array<[string, string[]]> = [
  ['<meta charset="utf-8">', ['utf-8']],
  ["<META CHARSET='ISO-8859-1'/>", ['ISO-8859-1']],
  ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', ['windows-1251']],
  ['<meta http-equiv="Content-Type" content="charset=koi8-r">', ['koi8-r', 'koi8-r']],
  ['<meta content=";charset=euc-jp">', ['euc-jp', 'euc-jp']],
  ['<?xml version="1.0" encoding="Shift_JIS"?>', ['Shift_JIS']],
  [' <?xml version="1.0" encoding="Shift_JIS"?>', []],
  ['<?XML version="1.0" encoding="Shift_JIS"?>', []],
  ['<meta\ncharset="utf-8">', []],
  ['<meta name="x"><meta charset=gb2312>', ['gb2312']],
  ['<meta charset=""utf-8"">', ['utf-8']],
  ['<meta charset="utf-8', []],
  ['<meta charset="">', ['"']],
  ["<meta charset='''>", ["'"]],
  ['<meta charſet="utf-8">', ['utf-8']],
  ['<meta charset=utf-8><meta charset=big5>', ['utf-8', 'big5']],
  ['<?xml version="1.0"?>\n<meta charset="utf-8">', ['utf-8']],
  ['<html><head><title>No declaration</title></head></html>', []],
];

/** The same patterns as Requests, run by a backtracking engine: the reference semantics. */
function reference(content: string): string[] {
  const values = (re: RegExp) => [...content.matchAll(re)].map((m) => m[1] as string);
  const xml = /^<\?xml[^\n]*?encoding=["']*([^\n]+?)["'>]/u.exec(content);
  return [
    ...values(/<meta[^\n]*?charset=["']*([^\n]+?)["'>]/giu),
    ...values(/<meta[^\n]*?content=["']*;?charset=([^\n]+?)["'>]/giu),
    ...(xml ? [xml[1] as string] : []),
  ];
}

describe('getEncodingsFromContent', () => {
  it.each(CASES)('%j → %j', (content, expected) => {
    expect(getEncodingsFromContent(content)).toEqual(expected);
  });

  it('reads a realistic HTML head and XML prolog', () => {
    const html = [
      '<!DOCTYPE html>',
      '<html lang="ja"><head>',
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
      '<title>お知らせ</title>',
      '</head></html>',
    ].join('\n');
    expect(getEncodingsFromContent(html)).toEqual(['Shift_JIS']);
    const xml = "<?xml version='1.0' encoding='windows-1250' standalone='yes'?>\n<rss/>";
    expect(getEncodingsFromContent(xml)).toEqual(['windows-1250']);
  });

  it('agrees with the regular expressions on generated markup', () => {
    const atoms = ['<meta', '<META ', 'charset=', 'Charset=', 'charſet=', 'content=', '"', "'", '>'];
    atoms.push(';', '\n', 'a', 'utf-8', ' ', '<?xml', 'encoding=', '""', "'>", '=');
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let n = 0; n < 5000; n++) {
      let content = random() < 0.3 ? '<?xml' : '';
      const length = 1 + Math.floor(random() * 14);
      for (let i = 0; i < length; i++) content += atoms[Math.floor(random() * atoms.length)];
      expect(getEncodingsFromContent(content), JSON.stringify(content)).toEqual(reference(content));
    }
  });

  it('runs in linear time on input that makes the regular expressions quadratic', () => {
    const hostile = [
      '<meta '.repeat(200_000) + 'charset=',
      '<meta charset='.repeat(100_000),
      '<meta content="'.repeat(100_000),
      `<meta charset=${'"'.repeat(500_000)}`,
      `<?xml ${'encoding='.repeat(100_000)}`,
    ];
    const started = performance.now();
    const found = hostile.map((content) => getEncodingsFromContent(content));
    // Each takes tens of milliseconds; the regular expressions take minutes on the first one
    // (the bound only tells those apart, generous for a loaded machine).
    expect(performance.now() - started).toBeLessThan(5_000);
    // What Requests' regular expressions find: nothing, except the lazy `(.+?)` taking one
    // quote of the run of quotes after `charset=`.
    expect(found).toEqual([[], [], [], ['"'], []]);
  });
});
