import ArabicText
@testable import EntityModel
import Testing

/// Junk read in the real-news top lists of a slice nobody tuned on (SaudiNewsNet articles
/// 20,001–28,000, `read-through --resolved`), in sentences written for these tests: each gave
/// the junk before its fix (checked with `marsad-train-ner tag`).
@Suite struct RealNewsJunkTestsRound5 {
    /// `زين` (the telecom company Zain) was a person 67 times: a text that names `شركة زين`
    /// means the company when it writes `زين` alone too (one sense per text).
    @Test func aBodyNamedAfterItsHeadKeepsItsTypeAlone() {
        let text = "أعلنت شركة زين السعودية عن ارتفاع أرباحها. وقالت زين إن عدد المشتركين ارتفع إلى عشرة ملايين."
        let names = ShippedNames.of(text)
        #expect(!names.contains { $0.0 == .person && $0.1 == "زين" }, "\(names)")
        #expect(names.filter { $0.0 == .organization }.count >= 2, "\(names)")
    }

    /// The same given name in a text without such a head stays a person.
    @Test func aGivenNameWithoutTheHeadStaysAPerson() {
        let text = "استقبل الأمير خالد الفيصل الشاب زين العمري، وقال زين إن اللقاء كان مثمرا."
        let names = ShippedNames.of(text)
        #expect(names.contains { $0.0 == .person && $0.1 == "زين" } || names.contains { $0.0 == .person && $0.1 == "زين العمري" },
                "\(names)")
        #expect(!names.contains { $0.0 == .organization && $0.1 == "زين" }, "\(names)")
    }
}
