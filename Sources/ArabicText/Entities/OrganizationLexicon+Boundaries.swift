/// Word lists that decide where an organisation's name ends: the field nouns of its
/// prepositional complement (`المفوضية السامية للأمم المتحدة لشؤون اللاجئين`), and the words that
/// describe a named organisation from outside (`حركة الشباب المرتبطة بالقاعدة`).
///
/// Sources: hand-compiled general knowledge of how Arabic news names institutions (UN agencies,
/// national commissions, unions and NGOs are named "head + adjective + لـ + field"; sports
/// federations "head + adjective + لـ + sport": `الاتحاد الدولي لألعاب القوى`) and of the
/// participles and event nouns agencies put right after a name.
extension OrganizationLexicon {
    /// Field nouns that open an organisation's `لـ`/`لل` complement, stored without ال
    /// (`للانتخابات`، `لحقوق الإنسان`، `لشؤون اللاجئين`، `لدول غرب أفريقيا`، `للصليب الأحمر`).
    static let fieldNouns = WordTable.set("""
    أمم شؤون حقوق إغاثة دول تنمية مكافحة حماية رعاية دعم تشغيل تطوير تعزيز إعادة نزع
    انتخاب انتخابات أنباء طفولة طفل مرأة شغل عمل أنفاق صليب هلال طاقة نفط غاز كهرباء مياه
    إعلام اتصالات إحصاء صحة تعليم تربية ثقافة علوم زراعة أغذية تجارة صناعة استثمار إسكان نقل
    طيران سياحة آثار بيئة شباب رياضة لاجئين لاجئ سلام قضاء نزاهة شفافية فساد دراسات بحوث أبحاث
    إصلاح مصالحة حقيقة هجرة سكان اقتصاد إنماء إعمار محاسبة رقابة اتصال صحافة تضامن حوار إفتاء
    أوقاف موانئ حدود جمارك ضرائب تأمين ضمان إنسان تحرير مقاومة تغيير إنقاذ عدالة تنمية
    كرة ألعاب سباحة ملاكمة مصارعة فروسية دراجات جمباز رماية تنس شطرنج قوى هجن
    """)

    /// Words that describe an already named organisation and so end its name when they follow it
    /// (`صندوق النقد الدولي البالغ`، `منظمة مجاهدي خلق المعارضة`): relational participles and stances.
    static let trailingDescriptors = WordTable.set("""
    المرتبط المرتبطة المرتبطين البالغ البالغة المعارض المعارضة المدعوم المدعومة الموالي الموالية
    المتحالف المتحالفة المقرب المقربة التابع التابعة المسؤول المسؤولة المتهم المتهمة المصنف المصنفة
    المحظور المحظورة المنحل المنحلة المنشق المنشقة المتمركز المتمركزة المنتشر المنتشرة الناشط الناشطة
    العاملة المكلف المكلفة المعني المعنية المختص المختصة المشارك المشاركة الحاكم الحاكمة المسلح
    المسلحة المذكور المذكورة الشهير الشهيرة المتشدد المتشددة المتطرف المتطرفة الإرهابية الإرهابي
    """)

    /// Definite event nouns: the object of the sentence, never the end of a name (`تنظيم القاعدة الهجوم`).
    static let eventNouns = WordTable.set("""
    الهجوم الهجمات التفجير التفجيرات الاعتداء الاعتداءات العملية العمليات المسؤولية الاتفاق
    الاتفاقية القرار البيان التقرير الحرب المعركة المعارك الغارة الغارات القصف الاشتباكات
    الاحتجاجات المظاهرات الأزمة المفاوضات المحادثات الدعم السيطرة المساعدات
    """)

    /// Adjectives that open a definite head's name although they are function words elsewhere
    /// (`الاتحاد العام`، `المؤتمر العام`); like generic adjectives they do not make it a name alone.
    static let openingAdjectives = WordTable.set("العام")

    /// Definite unit heads followed by their number (`الفرقة 16`، `اللواء 5`).
    static let numberedUnits = WordTable.set("الفرقة اللواء الفيلق الكتيبة فرقة فيلق")

    /// Complements that leave `قوات` a description (`قوات الأمن`، `قوات النظام`), not a name.
    static let genericForces = WordTable.set("الأمن النظام الاحتلال المعارضة الحكومة الشرطة الطوارئ")
}
