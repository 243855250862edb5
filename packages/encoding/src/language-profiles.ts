/**
 * The languages single-byte detection weighs a reading against: for each, the letters beyond
 * ASCII it writes, most frequent first (lower case; capitals are derived). Orders are rough, from
 * common knowledge of each language; detection needs only which letters are common, not exact
 * shares. Latin-script languages list only their accented letters, since ASCII reads the same in
 * every candidate encoding.
 */

/**
 * One language: its letters beyond ASCII, most frequent first, whether it writes Latin, and a
 * prior (log-odds, default 0) for languages rare on the web whose letters mimic a common one's.
 */
export interface LanguageProfile {
  readonly name: string;
  readonly letters: string;
  readonly latin: boolean;
  readonly prior?: number;
}

const latin = (name: string, letters: string, prior = 0): LanguageProfile => ({
  name,
  letters,
  latin: true,
  prior,
});
const other = (name: string, letters: string): LanguageProfile => ({ name, letters, latin: false });

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [
  latin('English', ''),
  latin('French', 'éàèêçôîûùëïâœÿæ'),
  latin('German', 'üäößé'),
  latin('Spanish', 'óíáéñú¿¡ü'),
  latin('Portuguese', 'ãçéáóíêõúâôàü'),
  latin('Italian', 'àèéòùìíóî'),
  latin('Dutch', 'ëéïöèüáó'),
  latin('Swedish', 'äåöé'),
  latin('Danish and Norwegian', 'øåæéó'),
  latin('Finnish', 'äöåšž'),
  latin('Icelandic', 'áðíúéóþæöý', -1.5),
  latin('Catalan', 'àéèíòóúïüç·'),
  latin('Polish', 'łęąóśżćńź'),
  latin('Czech', 'íáéěřýčšžůúňťďó'),
  latin('Slovak', 'áíéýžčšúôľťňäďóŕĺ'),
  latin('Hungarian', 'áéóöőüíúű'),
  latin('Croatian and Slovenian', 'čšžćđ'),
  latin('Romanian', 'ăîțșâ'),
  latin('Romanian with cedillas', 'ăîţşâ'),
  latin('Albanian', 'ëç', -0.5),
  latin('Lithuanian', 'ėšųąįūžčę'),
  latin('Latvian', 'āēīūšžčņļķģ'),
  latin('Estonian', 'äõüöšž'),
  latin('Turkish', 'ışğüçöİâî'),
  other('Russian', 'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё'),
  other('Ukrainian', 'оанівиртескдлупмязбгйчхцжшюїщєфьґ'),
  other('Bulgarian', 'оаеинтрсвлкдпмзяъбугчжйхшцщюьф'),
  other('Belarusian', 'аонырескатдлмвуізпбячгцйўхжшьёэюф'),
  other('Serbian and Macedonian', 'аиоенртсјувкдлпмзгбчшцћђхњжљфџѓќѕ'),
  other('Greek', 'αοετινσςρηπκυόμλίάέωδγήχύθφβώξζψϊϋΐΰ'),
  other('Hebrew', 'יוהלארתבמשנעםדקכחפסטןגזצףךץ'),
  other('Arabic', 'اليمونهربتعدفقسكةحجىشأصطإخزذضثغظآءئؤ،؟؛'),
  other('Persian', 'ایردنوهمتبسکزشلگفخعقپجحچطصآغژيكذضثظأ،؟'),
  other('Thai', 'านรอกเงมยลวีั่ดทส้ตะิคไขปบ็ุพใจหูชึำแษศถผซฟณธภฝๆฉฮฎฏฐฑฒญฬฤโ์ื๊๋'),
];
