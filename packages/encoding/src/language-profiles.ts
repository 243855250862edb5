/**
 * The languages single-byte detection weighs a reading against: for each, the letters beyond
 * ASCII it writes, most frequent first (lower case; capitals are derived). Orders are rough, from
 * common knowledge of each language; detection needs only which letters are common, not exact
 * shares. Latin-script languages list only their accented letters, since ASCII reads the same in
 * every candidate encoding.
 */

/**
 * One language: its letters beyond ASCII, most frequent first, whether it writes Latin, the code
 * pages it is written in (null: any), and a prior (log-odds, default 0) for languages rare on
 * the web whose letters mimic a common one's. Weighing a language only in its own code pages
 * keeps Turkish "ğ" from reading as Croatian "š" in Windows-1257, which holds that letter but
 * never Croatian text.
 */
export interface LanguageProfile {
  readonly name: string;
  readonly letters: string;
  readonly latin: boolean;
  readonly encodings: readonly string[] | null;
  readonly prior?: number;
}

const WESTERN = ['windows-1252', 'iso-8859-15', 'macintosh'];
const CENTRAL = ['windows-1250', 'iso-8859-2', 'iso-8859-16'];
const BALTIC = ['windows-1257', 'iso-8859-13'];
const CYRILLIC = ['windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866', 'x-mac-cyrillic'];

const latin = (name: string, letters: string, encodings: readonly string[], prior = 0): LanguageProfile => ({
  name,
  letters,
  latin: true,
  encodings,
  prior,
});
const other = (name: string, letters: string, encodings: readonly string[]): LanguageProfile => ({
  name,
  letters,
  latin: false,
  encodings,
});

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [
  // Quotes, dashes and the euro sit in every code page: English text may be in any of them.
  { name: 'English', letters: '', latin: true, encodings: null },
  latin('French', 'éàèêçôœîûùëïâÿæ', WESTERN),
  latin('German', 'üäößé', WESTERN),
  latin('Spanish', 'óíáéñú¿¡ü', WESTERN),
  latin('Portuguese', 'ãçéáóíêõúâôàü', WESTERN),
  latin('Italian', 'àèéòùìíóî', WESTERN),
  latin('Dutch', 'ëéïöèüáó', WESTERN),
  latin('Swedish', 'äåöé', WESTERN),
  latin('Danish and Norwegian', 'øåæéó', WESTERN),
  latin('Finnish', 'äöåšž', WESTERN),
  latin('Icelandic', 'áðíúéóþæöý', WESTERN, -1.2),
  latin('Catalan', 'àéèíòóúïüç·', WESTERN),
  latin('Polish', 'łęąóśżćńź', CENTRAL),
  latin('Czech', 'íáéěřýčšžůúňťďó', CENTRAL),
  latin('Slovak', 'áíéýžčšúôľťňäďóŕĺ', CENTRAL),
  latin('Hungarian', 'áéóöőüíúű', CENTRAL),
  latin('Croatian and Slovenian', 'čšžćđ', CENTRAL),
  latin('Romanian', 'ăîțșâ', ['iso-8859-16']),
  latin('Romanian with cedillas', 'ăîţşâ', ['windows-1250', 'iso-8859-2']),
  latin('Albanian', 'ëç', WESTERN, -0.5),
  latin('Lithuanian', 'ėšųąįūžčę', BALTIC, -0.5),
  latin('Latvian', 'āēīūšžčņļķģ', BALTIC, -0.5),
  latin('Estonian', 'äõüöšž', [...BALTIC, 'iso-8859-15', 'windows-1252']),
  latin('Turkish', 'ışğüçöİâî', ['windows-1254']),
  other('Russian', 'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё', CYRILLIC),
  other('Ukrainian', 'оанівиртескдлупмязбгйчхцжшюїщєфьґ', CYRILLIC),
  other('Bulgarian', 'оаеинтрсвлкдпмзяъбугчжйхшцщюьф', CYRILLIC),
  other('Belarusian', 'аонырескатдлмвуізпбячгцйўхжшьёэюф', CYRILLIC),
  other('Serbian and Macedonian', 'аиоенртсјувкдлпмзгбчшцћђхњжљфџѓќѕ', CYRILLIC),
  other('Greek', 'αοετινσςρηπκυόμλίάέωδγήχύθφβώξζψϊϋΐΰ', ['windows-1253', 'iso-8859-7']),
  other('Hebrew', 'יוהלארתבמשנעםדקכחפסטןגזצףךץ', ['windows-1255', 'iso-8859-8']),
  other('Arabic', 'اليمونهربتعدفقسكةحجىشأصطإخزذضثغظآءئؤ،؟؛', ['windows-1256', 'iso-8859-6']),
  other('Persian', 'ایردنوهمتبسکزشلگفخعقپجحچطصآغژيكذضثظأ،؟', ['windows-1256']),
  other('Thai', 'านรอกเงมยลวีั่ดทส้ตะิคไขปบ็ุพใจหูชึำแษศถผซฟณธภฝๆฉฮฎฏฐฑฒญฬฤโ์ื๊๋', ['windows-874', 'tis-620']),
];
