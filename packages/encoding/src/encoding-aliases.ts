/**
 * Encoding names servers send (Python codec names and aliases, IANA and WHATWG labels), mapped
 * to the canonical names this package decodes. Keys are compacted: lower case, letters and
 * digits only, so `ISO_8859-1`, `iso8859_1` and `iso-8859-1` are one key.
 */

/** Canonical name → its names, compacted and separated by spaces. */
const GROUPS: Readonly<Record<string, string>> = {
  'utf-8':
    'utf8 u8 utf cp65001 utf8ucs2 utf8ucs4 unicode11utf8 unicode20utf8 xunicode20utf8 csutf8 utf8sig utf8bom',
  'utf-16': 'utf16 u16 csutf16',
  'utf-16le': 'utf16le unicodelittleunmarked csutf16le',
  'utf-16be': 'utf16be unicodebigunmarked csutf16be',
  'utf-32': 'utf32 u32 csutf32',
  'utf-32le': 'utf32le csutf32le',
  'utf-32be': 'utf32be csutf32be',
  ascii: 'ascii usascii us 646 iso646us ansix341968 ansix341986 cp367 ibm367 csascii isoir6 iso646irv1991',
  'iso-8859-1': 'latin1 latin l1 iso88591 iso8859 8859 cp819 ibm819 csisolatin1 isoir100 iso885911987',
  'iso-8859-2': 'iso88592 latin2 l2 csisolatin2 isoir101 iso885921987',
  'iso-8859-3': 'iso88593 latin3 l3 csisolatin3 isoir109 iso885931988',
  'iso-8859-4': 'iso88594 latin4 l4 csisolatin4 isoir110 iso885941988',
  'iso-8859-5': 'iso88595 cyrillic csisolatincyrillic isoir144 iso885951988',
  'iso-8859-6':
    'iso88596 arabic asmo708 csisolatinarabic ecma114 isoir127 iso885961987 iso88596e iso88596i csiso88596e csiso88596i',
  'iso-8859-7': 'iso88597 greek greek8 csisolatingreek ecma118 elot928 isoir126 iso885971987 suneugreek',
  'iso-8859-8':
    'iso88598 hebrew csisolatinhebrew isoir138 iso885981988 iso88598e iso88598i csiso88598e csiso88598i visual logical',
  'iso-8859-9': 'iso88599 latin5 l5 csisolatin5 isoir148 iso885991989',
  'iso-8859-10': 'iso885910 latin6 l6 csisolatin6 isoir157 iso8859101992',
  'iso-8859-11': 'iso885911 thai iso8859112001',
  'iso-8859-13': 'iso885913 latin7 l7 csiso885913',
  'iso-8859-14': 'iso885914 latin8 l8 isoceltic isoir199 iso8859141998 csiso885914',
  'iso-8859-15': 'iso885915 latin9 l9 csiso885915 csisolatin9',
  'iso-8859-16': 'iso885916 latin10 l10 isoir226 iso8859162001 csiso885916',
  'tis-620': 'tis620 tis6200 tis62025290 tis62025291 isoir166',
  'windows-874': 'windows874 cp874 dos874 ms874',
  'koi8-r': 'koi8r cskoi8r koi koi8',
  'koi8-u': 'koi8u koi8ru',
  ibm866: 'ibm866 cp866 866 csibm866',
  macintosh: 'macintosh macroman mac xmacroman csmacintosh',
  'x-mac-cyrillic': 'xmaccyrillic maccyrillic xmacukrainian',
  shift_jis:
    'shiftjis sjis xsjis cp932 ms932 932 mskanji windows31j cswindows31j csshiftjis shiftjis2004 sjis2004 shiftjisx0213',
  'euc-jp': 'eucjp ujis xeucjp cseucpkdfmtjapanese eucjis2004 eucjisx0213',
  'iso-2022-jp': 'iso2022jp csiso2022jp iso2022jp1 iso2022jp2',
  'euc-kr':
    'euckr cseuckr korean ksc5601 ksc56011987 ksc56011989 ksx1001 cp949 949 ms949 uhc windows949 xwindows949 csksc56011987 isoir149',
  gbk: 'gbk cp936 ms936 936 windows936 gb2312 chinese csgb2312 csiso58gb231280 euccn eucgb2312cn gb231280 gb23121980 isoir58 xgbk',
  gb18030: 'gb18030 gb180302000 csgb18030',
  big5: 'big5 big5tw csbig5 cp950 950 ms950 big5hkscs hkscs xxbig5 cnbig5',
};

function windowsGroups(): Record<string, string> {
  const groups: Record<string, string> = {};
  for (let page = 1250; page <= 1258; page++) {
    groups[`windows-${page}`] = `windows${page} cp${page} xcp${page} cswindows${page} ${page}`;
  }
  return groups;
}

function buildAliases(): ReadonlyMap<string, string> {
  const aliases = new Map<string, string>();
  for (const [canonical, names] of Object.entries({ ...GROUPS, ...windowsGroups() })) {
    for (const name of names.split(' ')) aliases.set(name, canonical);
  }
  return aliases;
}

const ALIASES = buildAliases();

/** `' ISO_8859-1 '` → `'iso88591'`: the key the alias table is indexed by. */
export function compactEncodingName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The canonical name for an alias, or undefined when the table does not know it. */
export function canonicalFromAlias(name: string): string | undefined {
  return ALIASES.get(compactEncodingName(name));
}
