/// Word lists that decide where a person's name begins and ends.
///
/// Sources: hand-compiled general knowledge of Arabic news style (how agencies write roles before
/// names) and of naming practice: regnal numbers (`عبد الله الثاني`), Turkish and Persian surname
/// elements written apart (`-oğlu` → `أوغلو`، `-zadeh` → `زاده`), and the nobiliary particles of
/// European names (von, van, de, del, da, du, der).
extension PersonLexicon {
    /// Regnal ordinals: they end a monarch's name.
    static let regnalOrdinals = WordTable.set("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")

    /// Surname elements written as a separate word after the surname.
    static let surnameTails = WordTable.set("أوغلو اوغلو أوغلي زاده")

    /// European nobiliary particles as Arabic news transliterates them.
    static let foreignParticles = WordTable.set("فون فان دي دير دو دا ديل دوس ديلا")

    /// Time words of a role between a title and a name (`الوزيرة السابقة X`).
    static let roleModifiers = WordTable.set("السابق السابقة الحالي الحالية الأسبق الأسبقة العام العامة")

    /// Honorifics after which Gulf names chain definite family names.
    static let honorifics = WordTable.set("الشيخ الشيخة الأمير الأميرة")

    /// Prepositions of where a role is held (`المبعوث إلى X`، `السفير لدى X`).
    static let roleLocatives = WordTable.set("إلى الى لدى")

    /// More common given names (hand-compiled general knowledge: frequent names of Gulf, Levantine,
    /// Maghrebi, Turkish and Iranian public figures; frequent European names in Arabic spelling).
    static let moreGivenNames = WordTable.set(minLetters: 3, """
    بدر بشر مشعل جوهر نور أمير طيب حكمت أنس أوس إلياس بسام بهاء جاسم حارث ذياب رامز ربيع زكي زيد
    سلطان سلمان شادي شهاب صفوان ضياء عدي عزت مشاري مظفر معن منتصر نايف نضال هزاع عبود عمرو قصي
    ريم رشا دينا سوسن فدوى ميسون عبير رغد لانا ديما هيفاء نجاة نبيلة جميلة كوثر
    فولوديمير أورسولا كاترين كاثرين أوزغور ريشي شارل روبرتو يائير موشيه نفتالي بيني إيهود أرييل
    شمعون يوآف مارين جوردان كريستين كريستينا أنالينا جوزيب مارتا ماتيا إيغور سيرغي أندريه
    """)
}
