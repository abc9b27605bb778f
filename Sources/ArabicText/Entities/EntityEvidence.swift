/// What Marsad's hand-built knowledge says about words and texts, offered to a learned entity
/// model as evidence (features) rather than as final decisions: lexicon classes of a word, the
/// proclitic readings of a word, and the rule recogniser's own mentions.
public enum EntityEvidence {
    /// The lexicon classes of a normalised word (`ArabicNormalizer.normalize`), e.g. `country`,
    /// `city`, `given`, `title`, `orgHead`; empty for an unknown word.
    public static func classes(of key: String) -> [String] {
        var out: [String] = []
        // One probe for all the lists (`LexiconClasses`); a phrase is looked up in the gazetteer itself.
        let c = LexiconClasses.of(key)
        if c.contains(.gazetteerEntry) || key.utf8.contains(0x20), let entry = Gazetteer.shared.entries[key] {
            out.append(entry.isVariant ? "gazVariant" : entry.kind.rawValue)
        }
        if c.contains(.gazetteerFirst) { out.append("gazFirst") }
        if isDemonym(key) { out.append("demonym") }
        for (bit, name) in classNames where c.contains(bit) { out.append(name) }
        if c.contains(.functionWord) || FunctionWords.containsWithPronoun(key) { out.append("function") }
        if c.contains(.month) { out.append("month") }
        return out
    }

    /// Whether `classes(of: key)` holds any of `names`, without building the list: the answer
    /// is the same, and the costly tests (the gazetteer's phrase table, demonyms, pronoun
    /// suffixes on function words) run only when one of `names` asks for them.
    public static func hasClass(_ key: String, _ names: String...) -> Bool {
        let c = LexiconClasses.of(key)
        // The gazetteer's class, looked up at most once, and only when asked for.
        var place: String?? = nil
        func placeClass() -> String? {
            if let place { return place }
            let entry = c.contains(.gazetteerEntry) || key.utf8.contains(0x20) ? Gazetteer.shared.entries[key] : nil
            let found = entry.map { $0.isVariant ? "gazVariant" : $0.kind.rawValue }
            place = .some(found)
            return found
        }
        for name in names {
            switch name {
            case "country", "city", "region", "gazVariant":
                if placeClass() == name { return true }
            case "gazFirst": if c.contains(.gazetteerFirst) { return true }
            case "demonym": if isDemonym(key) { return true }
            case "function": if c.contains(.functionWord) || FunctionWords.containsWithPronoun(key) { return true }
            case "month": if c.contains(.month) { return true }
            default:
                if let bit = classNames.first(where: { $0.1 == name })?.0, c.contains(bit) { return true }
            }
        }
        return false
    }

    /// Whether the normalised word is a title that is also a common family name (`الإمام`,
    /// `الشيخ`, `الأمير`): after a given name it may end a person's name (`حسن الإمام`).
    public static func isSurnameTitle(_ key: String) -> Bool {
        PersonLexicon.surnameTitles.contains(WordKey(key))
    }

    /// The names `classes(of:)` gives the lists, in its order.
    private static let classNames: [(LexiconClasses, String)] = [
        (.arabicGiven, "given"), (.foreignGiven, "foreignGiven"), (.title, "title"), (.particle, "particle"),
        (.constructHead, "orgHead"), (.definiteHead, "orgDefHead"), (.genericAdjective, "genericAdj"),
        (.adminHead, "adminHead"), (.facilityHead, "facilityHead"), (.locativeCue, "locCue"),
    ]

    /// Whether the normalised name is a well-known organisation named without a head
    /// (`القاعدة`, `حماس`, `الإخوان`: `OrganizationLexicon.wellKnown`).
    public static func isWellKnownOrganization(_ key: String) -> Bool {
        OrganizationLexicon.wellKnownSet.contains(key)
    }

    /// Whether the normalised word heads a government body in construct (`وزارة`, `هيئة`,
    /// `مجلس`…): Marsad names ministries and agencies as organisations, which ANERcorp does not.
    public static func isGovernmentHead(_ key: String) -> Bool {
        governmentHeads.contains(key)
    }

    /// Whether the normalised word is a state institution that a nationality adjective names
    /// (`الجيش اللبناني`, `الشرطة التركية`, `البرلمان العراقي`).
    public static func isNationalInstitution(_ key: String) -> Bool {
        nationalInstitutions.contains(key)
    }

    /// Source: hand-compiled general knowledge of Arabic news style.
    static let nationalInstitutions = WordTable.set("الجيش الشرطة البرلمان الحكومة الخارجية الداخلية البحرية الاستخبارات المخابرات")

    /// Government heads: ministries, authorities, councils, courts, agencies.
    /// Source: hand-compiled general knowledge of Arabic administrative names.
    static let governmentHeads = WordTable.set("""
    وزارة هيئة مجلس محكمة وكالة مديرية مفوضية ديوان دار_الإفتاء مصلحة جهاز رئاسة إمارة أمانة
    """)

    /// Whether `word` is `ل` + the field noun of an organisation's complement (`لألعاب`, `لكرة`,
    /// `لشؤون`): the name goes on over it (`الاتحاد الدولي لألعاب القوى`).
    public static func isFieldComplement(_ word: String) -> Bool {
        guard word.unicodeScalars.first == "ل" else { return false }
        return procliticReadings(of: word).contains { $0.skip == 1 && !$0.restoresArticle && OrganizationLexicon.fieldNouns.contains($0.key) }
    }

    /// The proclitic readings of one word: the normalised rest of the word after each attached
    /// clitic (`لبنغازي` → `بنغازي`), the raw scalars skipped, and whether `لل` restored `ال`.
    /// The whole word itself is not included.
    public static func procliticReadings(of word: String) -> [(key: String, skip: Int, restoresArticle: Bool)] {
        // Every clitic starts with و ف ب ل or ك in the key: a word starting with another plain
        // letter (kept by normalising, and no composition makes it one of these) has none.
        if let first = word.unicodeScalars.first?.value, (0x0621...0x064A).contains(first) {
            switch first {
            case 0x0648, 0x0641, 0x0628, 0x0644, 0x0643: break  // و ف ب ل ك
            default: return []
            }
        }
        let scalars = Array(word.unicodeScalars)
        guard let token = Tokenizer.tokens(in: scalars).first, token.start == 0 else { return [] }
        return TextView.readings(of: token, in: scalars).dropFirst().map { ($0.key, $0.skip, $0.restoresArticle) }
    }

    /// The keys left after each attached proclitic of the normalised word `key`, as
    /// `procliticReadings` gives them, without raw offsets.
    public static func procliticKeys(ofNormalized key: String) -> [String] {
        TextView.readingKeys(of: key)
    }

    /// The rule recogniser's mentions of `text` (what `EntityRecognizer` alone finds), with the
    /// strength of the rule behind each (see `RuleStrength`).
    public static func ruleMentions(in text: String) -> [(mention: EntityMention, strength: Int)] {
        EntityRecognizer().recognizeWithStrength(in: text)
    }

    /// The strengths of the rules, strongest first: a quoted name, an organisation with its head,
    /// a facility, a well-known name, a titled person, a place after its head, a place phrase, a
    /// person found by given name, a bare gazetteer place, a re-mention.
    public enum RuleStrength {
        public static let quoted = Candidate.Strength.quoted
        public static let organization = Candidate.Strength.organization
        public static let facility = Candidate.Strength.facility
        public static let wellKnown = Candidate.Strength.wellKnown
        public static let titledPerson = Candidate.Strength.titledPerson
        public static let placeHead = Candidate.Strength.placeHead
        public static let placePhrase = Candidate.Strength.placePhrase
        public static let person = Candidate.Strength.person
        public static let place = Candidate.Strength.place
        public static let propagated = Candidate.Strength.propagated
    }

    /// Whether the normalised word heads the name of a company, newspaper, channel, agency, bank
    /// or club whose own name follows it (`شركة زين`, `صحيفة عكاظ`, `نادي الباطن`): the one word
    /// after it names that body wherever the same text writes it alone.
    public static func isNamingHead(_ key: String) -> Bool {
        namingHeads.contains(key)
    }

    /// Source: hand-compiled general knowledge of Arabic news style (heads a body's own name
    /// follows, as opposed to `وزارة`, `جامعة`, whose complements are fields and places).
    static let namingHeads = WordTable.set("شركة مجموعة صحيفة جريدة قناة وكالة بنك مصرف نادي")

    /// Words that are never a whole entity on their own: religious formulae, greetings, byline
    /// and boilerplate phrases of news sites, generic nouns the rules mistook for places.
    public static func isNeverAnEntity(_ normalizedName: String) -> Bool {
        neverEntities.contains(normalizedName)
    }

    /// Source: hand-compiled general knowledge of Arabic news and Islamic formulae; `أمان`
    /// ("safety") and `جميل` ("beautiful"), GeoNames spellings of Amman and of a Libyan town
    /// that made the words places (SaudiNewsNet articles 28,001–31,030, round 10); the speech
    /// participles of manner (`قائلا` "saying"), `بواقع` ("at a rate of") and the observances
    /// (`الصوم`), persons in the 3,000-article dump, and common nouns (`شاب`, `سيدة`, `مول`,
    /// `برونزية`) and diseases named after people (`باركنسون`), persons in articles
    /// 12,001–20,000 (round 14); `توفيق الله` ("God's grace", in `بعد توفيق الله`), a person 20
    /// times in the first 12,000 articles (round 16); `في سبيل الله` ("for the sake of God", a place),
    /// and common nouns taken again wherever they recurred in one article (`السيارة` "the car", a
    /// person 28 times; `سلة` "a basket [of currencies]", the letter `إيه` of `البيفينول إيه`;
    /// organisations), read with the weights of round 20.
    static let neverEntities = WordTable.set("""
    الله لله بالله والله اللهم سبحانه تعالى الرحمن الرحيم رمضان رمضان_المبارك شهر_رمضان حمد_الله الحمد_لله
    بسم_الله إن_شاء_الله ان_شاء_الله ما_شاء_الله جزاه_الله رحمه_الله رحمهم_الله حفظه_الله يرحمه_الله
    توفيق_الله
    عيد_الفطر عيد_الأضحى العيد الجمعة ارسل_رسالة أرسل_رسالة اقرأ_المزيد شارك تابعونا صلى_الله_عليه_وسلم
    دولة الدولة المعسكر الجامعة المدينة العاصمة المنطقة البلاد الوطن مجلس_الإدارة هيئة_التدريس أمان الأمان جميل
    ولي سمو_ولي وسمو_ولي ولي_العهد المشهد التمور
    الدين العزيز
    ريال الريال ريالا ريالات اليورو يورو الدولار دولار الدرهم درهم الجنيه جنيه الدينار دينار الين الروبل
    يوان اليوان روبل الليرة ليرة الروبية روبية الفرنك فرنك
    البورصة بورصة
    قائلا مضيفا مشيرا موضحا مؤكدا لافتا منوها معربا مبينا متسائلا مستطردا مختتما بواقع
    الصوم الصيام الزكاة العمرة
    شاب شابة سيدة مول برونزية برونزي باركنسون
    سبيل_الله في_سبيل_الله السيارة سلة إيه
    """)

    /// Names that say which body they mean only with the words after them, so alone they name
    /// no one entity (`الاتحاد الدولي` is every international federation): dropped once the
    /// rules' longer spans (`الاتحاد الدولي للسباحة`) have been taken over, not before.
    public static func isUnnamedAlone(_ normalizedName: String) -> Bool {
        unnamedAlone.contains(normalizedName)
    }

    /// Source: hand-compiled from the SaudiNewsNet read-through's top lists (first 8,000
    /// articles, and articles 20,001–28,000): bodies cut before what names them, and `الحرام`
    /// cut from `المسجد الحرام`; the heads that a body's own name follows (`namingHeads`), alone
    /// (`نادي` 23 times in one sports round-up of articles 28,001–31,030, taken again wherever
    /// the word recurred).
    static let unnamedAlone = WordTable.set("""
    الاتحاد_الدولي الاتحاد_السعودي معهد المعهد المؤسسة_العامة الهيئة_العامة الهيئة_السعودية
    المجلس_البلدي الحرام
    شركة الشركة مجموعة المجموعة صحيفة الصحيفة جريدة الجريدة قناة القناة وكالة الوكالة بنك البنك
    مصرف المصرف نادي النادي
    """)

    /// Whether the normalised phrase is an idiom or a common word shaped like a name (`حسن الجوار`,
    /// "good neighbourliness", is not a man called Hassan; `SMS` is a text message, not a
    /// company): dropped after decoding, like `isUnnamedAlone`.
    public static func isNameLikeIdiom(_ normalizedName: String) -> Bool {
        nameLikeIdioms.contains(normalizedName)
    }

    /// Source: Arabic general vocabulary (`حسن` + a verbal noun: "good …").
    static let nameLikeIdioms = WordTable.set("""
    حسن_الجوار حسن_النية حسن_الظن حسن_الخلق حسن_السير حسن_السلوك حسن_التعامل حسن_الأداء
    حسن_الاستقبال حسن_التنظيم حسن_الضيافة حسن_الإدارة حسن_الختام حسن_الحظ حسن_التصرف حسن_الاستماع
    SMS sms GPS PDF USB ATM VIP
    """)

    /// Whether `key` is a nationality adjective (`الليبي`, `ليبيون`, `الأمريكية`).
    private static func isDemonym(_ key: String) -> Bool {
        let plain = TextView.withBytes(of: key) { bytes -> Bool? in
            let shape = KeyShape(bytes)
            return shape.isPlain ? isDemonym(plain: bytes, shape: shape) : nil
        }
        return plain ?? isDemonymAsString(key)
    }

    /// `isDemonym` of a plain key from its bytes (`KeyShape`): the same tests, without strings.
    private static func isDemonym(plain bytes: UnsafeBufferPointer<UInt8>, shape: KeyShape) -> Bool {
        let k = shape.hasPrefix(.article) ? bytes[4...] : bytes[...]
        let demonyms = Gazetteer.shared.demonyms
        if demonyms.contains(bytes: UnsafeBufferPointer(rebasing: k)) { return true }
        for suffix in demonymSuffixes where k.count >= suffix.count && shape.hasSuffix(suffix) && k.count > suffix.count + 4 {
            return demonyms.contains(bytes: UnsafeBufferPointer(rebasing: k.dropLast(suffix.count)))
        }
        return false
    }

    private static let demonymSuffixes = ["ون", "ين", "ه", "ان"].map { BytePattern(suffix: $0) }

    /// `isDemonym` of any key, with `String` tests.
    private static func isDemonymAsString(_ key: String) -> Bool {
        // Normalised Arabic letters are two UTF-8 bytes each.
        var bytes = Array(key.utf8)
        if KeyAffixes.hasPrefix(key, "ال") { bytes.removeFirst(4) }
        let k = String(decoding: bytes, as: UTF8.self)
        if Gazetteer.shared.demonyms.contains(k) { return true }
        for suffix in ["ون", "ين", "ه", "ان"] where KeyAffixes.hasSuffix(k, suffix) && bytes.count > suffix.utf8.count + 4 {
            return Gazetteer.shared.demonyms.contains(String(decoding: bytes.dropLast(suffix.utf8.count), as: UTF8.self))
        }
        return false
    }
}
