import ArabicText

/// Two heads of organisations' names are far more often common nouns: `مصلحة` is "interest"
/// (`مصلحة الوطن` "the nation's interest", `مصلحة الفريق`, `مصلحة كندا`) more than the head of a
/// department (`مصلحة الزكاة والدخل`), and `جهاز` is "device" (`جهاز لوحي` "a tablet", `جهاز
/// المناعة` "the immune system", `جهاز فني` "a technical staff") more than an agency (`جهاز أمن
/// الدولة`). In the first 12,000 SaudiNewsNet articles 409 organisations started with `مصلحة` and
/// 381 with `جهاز`, most of them such nouns; ANERcorp's training portion never marks `مصلحة`. An
/// organisation with one of these heads is kept only when its next word names an administrative
/// or security field. (A state's fund named after it, `جهاز قطر للاستثمار`, is a known name.)
enum DepartmentNames {
    /// The fields of government departments named `مصلحة …` in Arab states (Saudi Arabia's
    /// `مصلحة الزكاة والدخل`, `مصلحة الجمارك العامة`, `مصلحة الإحصاءات العامة والمعلومات`, `مصلحة
    /// المياه والصرف الصحي`; Egypt's `مصلحة الضرائب`, `مصلحة الشهر العقاري`, `مصلحة الطب الشرعي`,
    /// `مصلحة الأحوال المدنية`, `مصلحة الري`, `مصلحة المساحة`, `مصلحة الدمغة والموازين`; Yemen's
    /// `مصلحة الهجرة والجوازات`, `مصلحة خفر السواحل`; Lebanon's `مصلحة الليطاني`; Israel's `مصلحة
    /// السجون`). Source: the departments' own names as Arabic news writes them; normalised.
    static let departmentFields = normalised("""
    الضرائب الجمارك الزكاة الإحصاءات الإحصاء المياه المرافق السجون الأرصاد الطب الشهر الأحوال الري
    المساحة الموانئ الدمغة الهجرة الجوازات خفر الليطاني الصرف التقاعد المعاشات الضمان البريد السكك
    الكهرباء الطيران الآثار التسجيل أراضي الغابات المناجم الكفاية
    """)

    /// The fields of agencies named `جهاز …` (Egypt's `جهاز أمن الدولة`, `جهاز الكسب غير المشروع`,
    /// `جهاز حماية المستهلك`, `جهاز تنظيم الاتصالات`, `جهاز شؤون البيئة`, `جهاز التمثيل التجاري`;
    /// Iraq's `جهاز مكافحة الإرهاب`; the Gulf's `جهاز الشرطة الخليجية`, `جهاز إذاعة وتلفزيون
    /// الخليج`; Palestine's `جهاز الأمن الوقائي`; Israel's `جهاز الموساد`; Oman's `جهاز الرقابة
    /// المالية والإدارية للدولة`).
    /// Source: the agencies' own names as Arabic news writes them; normalised.
    static let agencyFields = normalised("""
    الأمن أمن الاستخبارات استخبارات المخابرات مخابرات الشرطة شرطة مكافحة تنظيم الخدمة الإطفاء
    الرقابة الحماية حماية التحقيقات الموساد الإحصاء الإحصاءات حرس الحرس الإشراف التفتيش المحاسبات
    الكسب تنمية شؤون الدفاع الاستثمار الإسعاف البحث التعبئة التمثيل إذاعة
    """)

    private static func normalised(_ words: String) -> Set<String> {
        Set(words.split(whereSeparator: \.isWhitespace).map { ArabicNormalizer.normalize(String($0)) })
    }

    static func removingCommonNouns(from mentions: [EntityMention]) -> [EntityMention] {
        mentions.compactMap { m in
            guard m.type == .organization else { return m }
            let words = m.name.split(separator: " ", omittingEmptySubsequences: true).map { ArabicNormalizer.normalize(String($0)) }
            guard let head = words.first else { return m }
            let fields: Set<String>
            switch head {
            case "مصلحه": fields = departmentFields
            case "جهاز": fields = agencyFields
            default: return m
            }
            return words.count > 1 && fields.contains(words[1]) ? m : nil
        }
    }
}
