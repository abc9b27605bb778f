import ArabicText
@testable import EntityModel
import Testing

/// Round 15: `الذكر الحكيم` ("the wise Remembrance", the Quran) made `الحكيم` a person 103 times
/// in SaudiNewsNet's resolved top 100. An adjective with the article after a definite noun is no
/// name. Sentences written for these tests.
@Suite struct AdjectivePersonsTests {
    @Test func anAdjectiveAfterADefiniteNounIsNoPerson() {
        for text in ["وبدأ الحفل بآيات من الذكر الحكيم ثم ألقى المدير كلمة الترحيب.",
                     "وأشاد المجلس بالقرار الحكيم الذي اتخذته الحكومة أمس.",
                     "وقالت الشرطة إن الادعاء والشاب الشيشاني سيستأنفان الحكم."] {
            let names = ShippedNames.of(text)
            #expect(!names.contains { $0.0 == .person && !$0.1.contains(" ") && $0.1.hasPrefix("ال") }, "\(text): \(names)")
        }
    }

    @Test func aFamilyNameAfterATitleOrItsFullNameStays() {
        let titled = ShippedNames.of("وقال الرئيس الأسد في خطابه إن الحرب طويلة.")
        #expect(titled.contains { $0.0 == .person && $0.1.contains("الأسد") }, "\(titled)")
        let full = ShippedNames.of("التقى الوزير عمار الحكيم بالسفير، وأكد الحكيم أن اللقاء كان مثمرا.")
        #expect(full.contains { $0.0 == .person && $0.1.contains("الحكيم") }, "\(full)")
    }
}
