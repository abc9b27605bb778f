/// Word lists that announce places.
///
/// Source: hand-compiled general knowledge of Arabic news style.
enum LocationLexicon {
    /// Administrative heads: the name follows and the head is not part of it (`مدينة حلب` → `حلب`).
    static let adminHeads = WordTable.set("""
    مدينة بلدة قرية منطقة محافظة ولاية إقليم مديرية ضاحية ضواحي العاصمة عاصمة ناحية قضاء
    حي مقاطعة جزيرة واحة بلدية
    """)

    /// Facility and landmark heads: part of the name (`سجن طرة`, `جامع الزيتونة`).
    static let facilityHeads = WordTable.set("""
    سجن مسجد جامع مطار ميناء نهر جبل جبال وادي بحيرة شارع ساحة ميدان مخيم قاعدة معبر سد قصر
    مستشفى فندق كنيسة ملعب حقل مرفأ خليج بحر صحراء معتقل
    """)

    /// Words that make a preceding place more likely (`في`، `إلى`، `مدينة`…): a gazetteer form
    /// derived without ال is taken only after one of these or with a prefix such as `ب`.
    static let locativeCues = WordTable.set("""
    في إلى الى من نحو قرب شمال جنوب شرق غرب وسط داخل خارج عبر حتى مدينة بلدة عاصمة العاصمة
    شمالي جنوبي شرقي غربي ضواحي محيط
    """)
}
