/**
 * Encoding names as Python spells them, mapped to the names core decodes. Python's latin-1
 * and ascii names are caught here because TextDecoder would read them as Windows-1252.
 */

const GROUPS: Record<string, string> = {
  latin1:
    'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 iso8859 8859 iso88591 cp819 ibm819 csisolatin1 iso_ir_100 iso_8859_1_1987',
  ascii:
    'ascii us_ascii us 646 iso646_us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 ibm367 csascii iso_ir_6 iso_646.irv_1991',
  'windows-1252': 'cp1252 windows_1252 x_cp1252 1252 windows1252',
  'utf-8': 'utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4 unicode_1_1_utf_8 utf_8_sig utf8_sig',
  'utf-16': 'utf_16 utf16 u16',
  'utf-16le': 'utf_16le utf_16_le utf16le unicodelittleunmarked',
  'utf-16be': 'utf_16be utf_16_be utf16be unicodebigunmarked',
  'utf-32': 'utf_32 utf32 u32',
  'utf-32le': 'utf_32le utf_32_le utf32le',
  'utf-32be': 'utf_32be utf_32_be utf32be',
  shift_jis:
    'shift_jis shiftjis sjis s_jis x_sjis cp932 ms932 mskanji ms_kanji windows_31j csshiftjis shift_jis_2004 shiftjis2004 sjis_2004 s_jis_2004 shift_jisx0213',
  'euc-jp': 'euc_jp eucjp ujis u_jis x_euc_jp cseucpkdfmtjapanese euc_jis_2004 euc_jisx0213',
  'iso-2022-jp': 'iso_2022_jp iso2022_jp iso2022jp csiso2022jp',
  'euc-kr':
    'euc_kr euckr korean ksc5601 ks_c_5601 ks_c_5601_1987 ksx1001 ks_x_1001 cp949 uhc ms949 windows_949 x_windows_949',
  gbk: 'gbk cp936 ms936 936 gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_gbk',
  gb18030: 'gb18030 gb18030_2000',
  big5: 'big5 big5_tw csbig5 cp950 ms950 big5hkscs big5_hkscs hkscs x_x_big5 cn_big5',
  'koi8-r': 'koi8_r koi8r cskoi8r',
  'koi8-u': 'koi8_u koi8u',
  macintosh: 'mac_roman macroman macintosh x_mac_roman csmacintosh mac',
  'windows-874': 'cp874 windows_874',
};

/** Python's latinN → ISO-8859 part. */
const LATIN_PARTS: Record<string, string> = {
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '9',
  '6': '10',
  '7': '13',
  '8': '14',
  '9': '15',
  '10': '16',
};

function buildAliases(): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [target, names] of Object.entries(GROUPS)) {
    for (const name of names.split(' ')) aliases.set(name, target);
  }
  for (const [n, part] of Object.entries(LATIN_PARTS)) {
    for (const name of [`latin${n}`, `latin_${n}`, `l${n}`]) aliases.set(name, `iso-8859-${part}`);
  }
  return aliases;
}

const ALIASES = buildAliases();

/** Python's normalisation: lower case, runs of other than letters, digits and `.` become `_`. */
export function normalizeEncodingName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The canonical name for a Python alias (normalised key), or undefined when not one of them. */
export function lookupAlias(normalized: string): string | undefined {
  return ALIASES.get(normalized);
}
