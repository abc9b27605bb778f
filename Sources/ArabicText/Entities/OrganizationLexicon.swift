/// Word lists that announce organisations, and the best-known organisations of Arabic news.
///
/// Sources: hand-compiled general knowledge of Arabic news style. The well-known names and their
/// equivalences are common knowledge (e.g. Wikipedia's Arabic articles on ISIS "داعش", AFRICOM
/// "القيادة الأمريكية في أفريقيا", NATO "حلف شمال الأطلسي").
enum OrganizationLexicon {
    /// Heads without ال that start an organisation's name in construct (`وزارة العدل`, `مجلس الأمن`).
    static let constructHeads = WordTable.set("""
    وزارة حكومة مجلس جماعة تنظيم حركة كتيبة كتائب سرايا قناة حزب هيئة محكمة اتحاد قوات جيش قيادة
    جبهة لواء فيلق منظمة وكالة شركة صحيفة جريدة إذاعة بنك مصرف جمعية لجنة ائتلاف تحالف مؤسسة برلمان
    مكتب مفوضية رابطة نقابة ميليشيا ميليشيات مليشيا مليشيات فصيل جهاز مديرية إدارة شبكة مركز صندوق
    مصلحة بعثة ديوان دار_الإفتاء مجموعة جامعة حرس الحرس_الثوري
    """)

    /// Heads with ال that make an organisation when followed by a distinctive adjective
    /// (`المجلس الرئاسي`, `الجيش الليبي`), never alone.
    static let definiteHeads = WordTable.set("""
    المجلس الحكومة الجيش القوات القيادة الحركة الجماعة التنظيم الاتحاد الهيئة المحكمة الجبهة المنظمة
    الوكالة الحزب البرلمان الحرس الشرطة الاستخبارات المخابرات الخارجية الداخلية البحرية المفوضية
    التحالف الائتلاف اللجنة الكتيبة السرايا اللواء المكتب الجهاز البنك الصندوق البعثة الشركة الرابطة
    السلطة الجمعية الشبكة المجموعة الفرقة المصرف المؤسسة النقابة الفيلق
    """)

    /// Definite heads too generic to be named by a nationality adjective alone (`القوات الأميركية`);
    /// the others are (`الجيش الليبي`, `الخارجية الأمريكية`, `المفوضية الأوروبية`).
    static let notNamedByNationality = WordTable.set("القوات القيادة البعثة السلطات")

    /// Adjectives too generic to make a definite head a name on their own (`القوات الحكومية`).
    static let genericAdjectives = WordTable.set("""
    الحكومية الأمنية الخاصة الموالية المتحالفة المحلية الدولية الأجنبية الإرهابية المتطرفة
    الجديدة الجديد السابقة السابق الحالية الحالي العسكرية العسكري المشتركة المشترك المعارضة المعارض
    النظامية الرسمية الرسمي المختصة المعنية التابعة التابع الإقليمية المركزية المركزي العليا الأعلى
    الكبرى الأخرى الأولى الثانية الثالثة المقاتلة المتشددة المتمردة الأخيرة نفسها ذاتها كلها جميعها
    الحاكم الحاكمة الشعبي المسلح المتطرف الإرهابي الإسلامية الإسلامي الجهادية المتشدد
    """)

    /// Region phrases that may follow `في` inside an organisation's name
    /// (`تنظيم القاعدة في بلاد المغرب الإسلامي`, `القيادة الأمريكية في إفريقيا`).
    static let regionalComplements = WordTable.entries("""
    بلاد_المغرب_الإسلامي بلاد_المغرب_العربي المغرب_الإسلامي المغرب_العربي جزيرة_العرب شبه_الجزيرة_العربية
    العراق_والشام العراق_وسوريا بلاد_الشام الساحل_والصحراء غرب_إفريقيا غرب_أفريقيا إفريقيا أفريقيا
    أوروبا آسيا الشرق_الأوسط خراسان ولاية_سيناء
    """)

    /// `regionalComplements` split into words, in the same order.
    static let regionalComplementWords: [[String]] = regionalComplements.map { $0.split(separator: " ").map(String.init) }

    /// Words after which `عن` continues a name (`لجنة الدفاع عن الصحفيين`).
    static let takesAn = WordTable.set("الدفاع")

    /// Organisations named without a head (hand-compiled general knowledge).
    static let wellKnown = WordTable.entries("""
    القاعدة داعش الدولة_الإسلامية حماس طالبان بوكو_حرام الإخوان_المسلمين الإخوان_المسلمون الإخوان
    الأمم_المتحدة مجلس_الأمن الناتو حلف_الناتو حلف_شمال_الأطلسي الاتحاد_الأوروبي الاتحاد_الأفريقي
    الاتحاد_الإفريقي جامعة_الدول_العربية الصليب_الأحمر الهلال_الأحمر سي_آي_إيه إف_بي_آي البنتاغون
    الكونغرس الكونجرس البيت_الأبيض الكرملين الأفريكوم أفريكوم الافريكوم رويترز فرانس_برس أسوشيتد_برس
    بي_بي_سي سي_إن_إن اليونيسف اليونسكو الإنتربول أوبك فاغنر قسد الحشد_الشعبي الجنجويد هيومن_رايتس_ووتش
    العفو_الدولية الموساد حزب_الله الشاباك الدعم_السريع النصرة جبهة_النصرة التحالف_العربي التحالف_الدولي
    المرصد_السوري_لحقوق_الإنسان
    """) + internationalBodies


    /// Well-known names that are also ordinary words: rejected when an adjective follows
    /// (`القاعدة العسكرية` is a base, not al-Qaeda).
    static let ambiguousWellKnown = WordTable.set("القاعدة الإخوان الدولة_الإسلامية")

    /// Curated equivalences: alias (normalised on load) and the canonical name it resolves to.
    static let equivalences = WordTable.map("""
    داعش\tتنظيم الدولة الإسلامية
    الدولة الإسلامية\tتنظيم الدولة الإسلامية
    تنظيم الدولة\tتنظيم الدولة الإسلامية
    تنظيم الدولة الإسلامية\tتنظيم الدولة الإسلامية
    تنظيم داعش\tتنظيم الدولة الإسلامية
    الدولة الإسلامية في العراق والشام\tتنظيم الدولة الإسلامية
    القاعدة\tتنظيم القاعدة
    تنظيم القاعدة\tتنظيم القاعدة
    الأفريكوم\tالقيادة العسكرية الأمريكية في إفريقيا
    أفريكوم\tالقيادة العسكرية الأمريكية في إفريقيا
    القيادة العسكرية الأمريكية في إفريقيا\tالقيادة العسكرية الأمريكية في إفريقيا
    القيادة الأمريكية في إفريقيا\tالقيادة العسكرية الأمريكية في إفريقيا
    قيادة القوات الأمريكية في إفريقيا\tالقيادة العسكرية الأمريكية في إفريقيا
    الناتو\tحلف شمال الأطلسي
    حلف الناتو\tحلف شمال الأطلسي
    حلف شمال الأطلسي\tحلف شمال الأطلسي
    الإخوان المسلمين\tجماعة الإخوان المسلمين
    الإخوان المسلمون\tجماعة الإخوان المسلمين
    جماعة الإخوان المسلمين\tجماعة الإخوان المسلمين
    الإخوان\tجماعة الإخوان المسلمين
    سي آي إيه\tوكالة المخابرات المركزية الأمريكية
    وكالة المخابرات المركزية الأمريكية\tوكالة المخابرات المركزية الأمريكية
    النصرة\tجبهة النصرة
    الدعم السريع\tقوات الدعم السريع
    الكونجرس\tالكونغرس
    فيفا\tالاتحاد الدولي لكرة القدم
    الفيفا\tالاتحاد الدولي لكرة القدم
    الاتحاد الدولي لكرة القدم\tالاتحاد الدولي لكرة القدم
    يويفا\tالاتحاد الأوروبي لكرة القدم
    اليويفا\tالاتحاد الأوروبي لكرة القدم
    الاتحاد الأوروبي لكرة القدم\tالاتحاد الأوروبي لكرة القدم
    جوجل\tغوغل
    مجلس الأمن الدولي\tمجلس الأمن
    مجلس التعاون\tمجلس التعاون لدول الخليج العربية
    مجلس التعاون الخليجي\tمجلس التعاون لدول الخليج العربية
    مجلس التعاون لدول الخليج العربية\tمجلس التعاون لدول الخليج العربية
    """)

    /// Heads dropped when comparing organisation names (`تنظيم القاعدة` = `القاعدة`).
    static let droppableHeads = WordTable.set("تنظيم جماعة حركة")

    /// `wellKnown` as a set of normalised names.
    static let wellKnownSet = WordSet(wellKnown)
}

extension OrganizationLexicon {
    /// `wellKnown` as words, grouped by first word, longest first (`حلف الناتو` before `حلف`).
    static let wellKnownByFirstWord: [String: [[String]]] = {
        var result: [String: [[String]]] = [:]
        for phrase in wellKnown {
            let words = phrase.split(separator: " ").map(String.init)
            result[words[0], default: []].append(words)
        }
        return result.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// Nouns that continue a name after `لل` (`المفوضية السامية للأمم المتحدة`).
    static let genitiveComplements = WordTable.set("الأمم الشؤون الإنسان الانتخابات الإعلام الطاقة النفط")

    /// Ministries named by their field alone: after a title they are part of the role
    /// (`وزير الخارجية الأمريكي`), not an organisation.
    static let ministries = WordTable.set("الخارجية الداخلية الدفاع العدل المالية")

    /// Heads that give way to a definite head right after them (`قوات الجيش السوداني` → `الجيش السوداني`).
    static let outerHeads = WordTable.set("قوات")
}
