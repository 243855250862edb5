// Native-language paragraphs for the detection corpus. The tests encode them at run time.

/** A paragraph of real text and the encodings a server might send it in. */
export interface Sample {
  readonly name: string;
  readonly text: string;
}

export const english: Sample = {
  name: 'English',
  text:
    'Last weekend we took the early train to the coast. The weather was cold but clear, and the ' +
    'beach was almost empty except for a few people walking their dogs. We had fish and chips for ' +
    'lunch in a small cafe near the harbour, then spent the afternoon in the local museum, which has ' +
    'a surprisingly good collection of old maps and ship models. On the way back, the train was ' +
    'delayed by forty minutes, so we read our books and watched the sun go down over the fields.',
};

export const french: Sample = {
  name: 'French',
  text:
    'L’été dernier, nous avons passé trois semaines dans un petit village de Provence. Chaque matin, ' +
    'la boulangère nous vendait des croissants encore chauds et une baguette croustillante. « Vous ' +
    'revenez l’année prochaine ? » nous a-t-elle demandé le jour du départ. Les enfants ont répondu ' +
    'oui sans hésiter : ils avaient adoré les cigales, les marchés colorés et les baignades dans la ' +
    'rivière glacée. Mon cœur est resté là-bas, au milieu des champs de lavande… Le séjour a coûté ' +
    'environ 1 500 €, ce qui reste très raisonnable.',
};

/** French without the characters Windows-1252 adds (’ œ … €), so ISO-8859-1 can hold it. */
export const frenchLatin1: Sample = {
  name: 'French (Latin-1 repertoire)',
  text:
    "L'été dernier, nous avons passé trois semaines dans un petit village de Provence. Chaque matin, " +
    'la boulangère nous vendait des croissants encore chauds et une baguette croustillante. « Vous ' +
    "revenez l'année prochaine ? » nous a-t-elle demandé le jour du départ. Les enfants ont répondu " +
    'oui sans hésiter : ils avaient adoré les cigales, les marchés colorés et les baignades dans la ' +
    'rivière glacée. Nous avons laissé là-bas un peu de notre âme, au milieu des champs de lavande. ' +
    'Le séjour a coûté environ 1 500 euros, ce qui reste très raisonnable.',
};

export const german: Sample = {
  name: 'German',
  text:
    'Die Universität liegt im Süden der Stadt, direkt neben dem großen Park. Im Frühling blühen dort ' +
    'Tausende von Tulpen, und an schönen Tagen sitzen die Studenten auf der Wiese, lesen Bücher oder ' +
    'üben für ihre Prüfungen. Der Weg dorthin führt über eine alte Brücke, die im 19. Jahrhundert ' +
    'gebaut wurde. „Hier hat sich seit hundert Jahren kaum etwas verändert“, sagt Frau Müller, die ' +
    'seit über dreißig Jahren in der Bibliothek arbeitet. Öffnungszeiten: Montag bis Freitag von 8 ' +
    'bis 20 Uhr; am Wochenende bleibt das Gebäude geschlossen.',
};

/** German with plain quotes, so ISO-8859-1 can hold it. */
export const germanLatin1: Sample = {
  name: 'German (Latin-1 repertoire)',
  text: german.text.replace('„', '"').replace('“', '"'),
};

export const spanish: Sample = {
  name: 'Spanish',
  text:
    'El año pasado viajé a Sevilla con mi familia. ¿Sabías que su catedral es la más grande de España? ' +
    'Caminamos por el barrio de Santa Cruz, comimos tapas de jamón y escuchamos flamenco en una ' +
    'pequeña taberna. La señora que nos alquiló el piso nos recomendó visitar también Córdoba y ' +
    'Granada; según ella, la Alhambra es imprescindible. ¡Qué razón tenía! Volveremos en otoño, ' +
    'cuando el calor sea menos intenso y las calles estén más tranquilas.',
};

export const polish: Sample = {
  name: 'Polish',
  text:
    'Wczoraj wieczorem poszliśmy z przyjaciółmi na spacer nad Wisłą. Było ciepło, a słońce powoli ' +
    'zachodziło za mostem Świętokrzyskim. Usiedliśmy na ławce i rozmawialiśmy o wakacjach: Zośka ' +
    'chce pojechać w góry, do Zakopanego, a Łukasz marzy o żeglowaniu po Mazurach. Później zjedliśmy ' +
    'pierogi z kapustą i grzybami w małej restauracji na Starym Mieście. Kelnerka była bardzo miła i ' +
    'poleciła nam też żurek, który smakował wyśmienicie. Wróciliśmy do domu dopiero po północy, ' +
    'zmęczeni, ale szczęśliwi.',
};

export const czech: Sample = {
  name: 'Czech',
  text:
    'Včera jsme se vydali na výlet do Českého Krumlova. Počasí nám přálo, a tak jsme se prošli po ' +
    'zámecké zahradě a podél řeky Vltavy. Město je opravdu překrásné: úzké uličky, barevné domy a ' +
    'starý most, ze kterého je nádherný výhled na hrad. K obědu jsme si dali svíčkovou s knedlíky a ' +
    'vychlazené pivo. Odpoledne jsme navštívili muzeum loutek, které se dětem moc líbilo. Domů jsme ' +
    'se vrátili až večer, unavení, ale šťastní, a už teď plánujeme další cestu.',
};

export const russian: Sample = {
  name: 'Russian',
  text:
    'Вчера вечером мы гуляли по набережной Невы. Погода была удивительно тёплой для сентября, и на ' +
    'улицах было много людей. Мы зашли в небольшое кафе, где подавали горячий чай с вареньем и свежие ' +
    'пирожки с капустой. Официантка рассказала нам, что это заведение работает уже больше пятидесяти ' +
    'лет и что здесь часто бывали известные писатели и поэты. После ужина мы долго стояли на ' +
    'набережной и смотрели, как разводят мосты. Это зрелище невозможно забыть!',
};

export const ukrainian: Sample = {
  name: 'Ukrainian',
  text:
    'Київ - одне з найстаріших міст Європи. Щовесни на його вулицях розквітають каштани, а на ' +
    'Хрещатику гуляють тисячі людей. Ми побували у Софійському соборі, піднялися на дзвіницю і довго ' +
    'милувалися краєвидом на Дніпро. Увечері ми пригощалися борщем із пампушками та варениками з ' +
    "вишнями в затишному ресторані біля Золотих воріт. Наступного року обов'язково повернемося сюди " +
    'знову, бо це місто неможливо побачити за кілька днів.',
};

export const greek: Sample = {
  name: 'Greek',
  text:
    'Το περασμένο καλοκαίρι ταξιδέψαμε στις Κυκλάδες. Μείναμε μια εβδομάδα στη Νάξο, σε ένα μικρό ' +
    'σπίτι κοντά στη θάλασσα. Κάθε πρωί κολυμπούσαμε στα καθαρά νερά και το μεσημέρι τρώγαμε φρέσκα ' +
    'ψάρια σε μια ταβέρνα στο λιμάνι. Ο ιδιοκτήτης μάς μιλούσε για την ιστορία του νησιού και μας ' +
    'πρότεινε να επισκεφτούμε τα αρχαία ερείπια του ναού του Απόλλωνα. Το ηλιοβασίλεμα από την ' +
    'Πορτάρα είναι κάτι που δεν θα ξεχάσουμε ποτέ.',
};

export const hebrew: Sample = {
  name: 'Hebrew',
  text:
    'בשבוע שעבר טיילנו בירושלים. הלכנו ברחובות העיר העתיקה, ביקרנו בכותל המערבי ואכלנו פלאפל טעים ' +
    'בשוק מחנה יהודה. בערב ישבנו בבית קפה קטן ושתינו תה עם נענע. המלצר סיפר לנו על ההיסטוריה של ' +
    'השכונה, ואמר שכדאי לחזור בחורף, כשהעיר שקטה יותר והאוויר צלול. בדרך חזרה למלון עצרנו ליד ' +
    'החומות והסתכלנו על האורות של העיר.',
};

export const turkish: Sample = {
  name: 'Turkish',
  text:
    "Geçen yaz İstanbul'a gittik. Boğaz'da vapurla gezdik, Kapalıçarşı'da alışveriş yaptık ve " +
    "Sultanahmet'te köfte yedik. Akşamları Galata Köprüsü'nün üzerinde balık tutan insanları izledik. " +
    'Şehir çok kalabalıktı ama her köşesinde başka bir güzellik vardı. Çay bahçelerinde oturup ' +
    'simit yedik, eski kitapçıları dolaştık. Gelecek yıl yine gitmeyi düşünüyoruz.',
};

export const japanese: Sample = {
  name: 'Japanese',
  text:
    '昨日、友達と一緒に京都へ行きました。朝早く新幹線に乗って、九時ごろに京都駅に着きました。' +
    'まず清水寺を見学して、それから祇園の古い町並みを散歩しました。お昼には湯豆腐を食べましたが、' +
    'とてもおいしかったです。午後は金閣寺に行きました。池に映る金色の建物は本当にきれいで、' +
    '新しいカメラで写真をたくさん撮りました。夕方になると少し寒くなったので、喫茶店で温かい' +
    'コーヒーを飲みました。帰りの新幹線では疲れてすぐに眠ってしまいました。また秋の紅葉の季節に' +
    '行きたいと思います。',
};

export const chineseSimplified: Sample = {
  name: 'Chinese (simplified)',
  text:
    '昨天下午，我和几个朋友去了北京的颐和园。天气非常好，阳光明媚，湖面上有很多游船。我们沿着长廊' +
    '慢慢地走，欣赏着两边精美的彩绘。中午我们在附近的一家小饭馆吃了炸酱面和烤鸭，味道非常地道。' +
    '下午我们还爬上了万寿山，从山顶可以看到整个昆明湖的美景。回家的路上，大家都说这是今年最开心' +
    '的一天。我们约好明年春天再一起去香山看花。',
};

export const chineseTraditional: Sample = {
  name: 'Chinese (traditional)',
  text:
    '昨天下午，我和幾個朋友去了台北的故宮博物院。館內收藏了許多珍貴的文物，其中最有名的是翠玉白菜' +
    '和肉形石。我們在展覽廳裡待了整整三個小時，還是覺得沒有看完。參觀結束後，我們到士林夜市吃了' +
    '大雞排、蚵仔煎和珍珠奶茶。夜市裡人山人海，非常熱鬧。回家的捷運上，大家都說下次一定要再來。',
};

export const korean: Sample = {
  name: 'Korean',
  text:
    '지난 주말에 가족과 함께 경주에 다녀왔습니다. 아침 일찍 출발해서 점심 무렵에 도착했는데, 날씨가 ' +
    '정말 좋았습니다. 먼저 불국사를 구경하고 석굴암까지 걸어 올라갔습니다. 오후에는 첨성대와 ' +
    '대릉원을 둘러보았고, 저녁에는 한옥 마을에서 맛있는 한정식을 먹었습니다. 밤에 본 동궁과 ' +
    '월지의 야경은 잊을 수 없을 만큼 아름다웠습니다. 다음에는 벚꽃이 피는 봄에 다시 오고 싶습니다.',
};

export const arabic: Sample = {
  name: 'Arabic',
  text:
    'زرنا الأسبوع الماضي مدينة القاهرة القديمة. تجولنا في خان الخليلي واشترينا بعض التوابل والهدايا ' +
    'الصغيرة، ثم جلسنا في مقهى تقليدي وشربنا الشاي بالنعناع. في المساء ذهبنا إلى ضفاف النيل وشاهدنا ' +
    'غروب الشمس من فوق الجسر. كانت رحلة رائعة ونتمنى أن نعود مرة أخرى في الربيع القادم.',
};

export const thai: Sample = {
  name: 'Thai',
  text:
    'เมื่อวานนี้ฉันไปเที่ยวตลาดน้ำกับครอบครัว เราออกเดินทางแต่เช้าเพื่อหลีกเลี่ยงอากาศร้อน ' +
    'ที่ตลาดมีเรือขายผลไม้และอาหารมากมาย เราซื้อมะม่วงและข้าวเหนียวมาทานด้วยกัน ' +
    'ตอนบ่ายเรานั่งเรือชมคลองและถ่ายรูปบ้านริมน้ำแบบโบราณ เป็นวันที่มีความสุขมาก',
};
