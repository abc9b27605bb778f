/// Words that are never part of a name: particles, frequent verbs and nouns of news prose, time
/// words and evaluative adjectives. A name stops at them.
///
/// Source: hand-compiled general knowledge of Arabic news style.
enum FunctionWords {
    /// Particles, pronouns, frequent verbs, adverbs and common nouns (normalised).
    static let words = WordTable.set("""
    في من إلى الى على عن مع بعد قبل خلال ضد حول منذ حتى عند لدى بين أن إن أنه إنه أنها إنها كان كانت
    يكون تكون قد لقد لم لن لا ما ماذا هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللاتي و أو
    ثم بل كما قال قالت يقول تقول أكد أكدت يؤكد أعلن أعلنت أضاف أضافت أشار أشارت وفق وفقا بحسب حسب نحو
    عبر دون غير إلا لكن ليس هو هي هم هما نحن أنا أيضا ايضا جدا عام عاما العام اليوم أمس غدا الآن
    حيث بينما كل بعض أي أحد إحدى عدد نفس ذات أمام وراء فوق تحت لدى إثر جراء بسبب رغم مثل عقب عليه
    عليها عليهم له لها لهم منه منها فيه فيها به بها إنما بأن لأن كي لكي أما إذا إذ لو كلما متى أين
    كيف هناك هنا آخر آخرون آخرين أخرى أول ثاني يوم شهر أسبوع سنة ساعة مساء صباح ليلة
    بيان بيانا تقرير تصريح تصريحات مصدر مصادر مسؤولون مقتل اعتقال هجوم غارة عملية
    الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل مايو يونيو
    يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
    الماضي الماضية المقبل المقبلة الحالي الحالية السابق السابقة الأسبوع الشهر السنة الأخير الأخيرة
    القيادي الإرهابي الإرهابية المتهم المتهمة المقرب المقربة البارز البارزة الأبرز المعارض المسؤول
    المتطرف المتطرفة المتشدد المسلح المسلحين المسلحون المطلوب الراحل الراحلة المخلوع المقتول
    الشمالية الجنوبية الشرقية الغربية الشمالي الجنوبي الشرقي الغربي شمالي جنوبي شرقي غربي
    شمال جنوب شرق غرب وسط الذى التى ضمن لصالح باتجاه بشأن حين حينما عندما فيما لما وهو وهي
    عسكرية كبيرة صغيرة آمنة حدودية نائية ريفية سكنية صناعية جبلية صحراوية واسعة قريبة بعيدة مجاورة
    محاذية ساحلية منكوبة محررة عازلة استراتيجية حيوية مختلفة متفرقة عدة عديدة كثيرة جديدة قديمة
    موالية موالي تابعة مشتركة خاصة أمنية حكومية أجنبية محلية نظامية إضافية ليبية عربية دولية
    بقيادة بزعامة المعروفة المعروف النتائج قرب بالقرب قبالة داخل خارج بجوار
    ثانية ثالثة رابعة خامسة سادسة سابعة ثامنة تاسعة عاشرة أولى ثالث رابع خامس واحدة
    آنذاك حاليا سابقا لاحقا مؤخرا أمس_الأول نفسه نفسها ذاته ذاتها وحده أيضًا البلاد البلد
    """)

    /// Whether `key` is a function word, also with a possessive suffix (`تقريرها`, `قادتهم`).
    static func contains(_ key: String) -> Bool {
        words.contains(key) || containsWithPronoun(key)
    }

    /// Whether `key` is a function word with a possessive suffix (`تقريرها`, `قادتهم`).
    static func containsWithPronoun(_ key: String) -> Bool {
        // Every suffix ends with ا or م: a key ending otherwise has none (a byte test, no strings).
        guard KeyAffixes.lastTwoBytes(of: key) == (0xD8, 0xA7) || KeyAffixes.lastTwoBytes(of: key) == (0xD9, 0x85) else { return false }
        for suffix in ["ها", "هم", "هما"] where KeyAffixes.hasSuffix(key, suffix) && key.count > suffix.count + 2 {
            if words.contains(String(key.dropLast(suffix.count))) { return true }
        }
        return false
    }

    /// `containsWithPronoun` of a plain key (`KeyShape`) from its bytes, without strings.
    static func containsWithPronoun(plain bytes: UnsafeBufferPointer<UInt8>, shape: KeyShape) -> Bool {
        for suffix in pronounSuffixes where shape.hasSuffix(suffix) && shape.letters > suffix.letters + 2 {
            if words.contains(bytes: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - suffix.count)])) { return true }
        }
        return false
    }

    private static let pronounSuffixes = ["ها", "هم", "هما"].map { BytePattern(suffix: $0) }

    /// Month names (Gregorian and Levantine), which may follow a number inside a name.
    static let months = WordTable.set("""
    يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان
    أيار حزيران تموز آب أيلول تشرين
    """)

    /// Scalars that, between two words, end a name: anything but spaces and joiners.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == "\u{0640}" || s == "\u{200C}" || s == "\u{200F}" || s == "\u{200E}"
    }
}
