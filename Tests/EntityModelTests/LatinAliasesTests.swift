import ArabicText
@testable import EntityModel
import Testing

/// A name in Latin letters in brackets right after an Arabic name, as encyclopaedic and news
/// texts give the original spelling (`إنريكو فيرمي (بالإيطالية: Enrico Fermi)`), is the same
/// entity written otherwise, so it takes that name's type: the model read `Enrico Fermi` as an
/// organisation. Sentences written for these tests.
@Suite struct LatinAliasesTests {
    @Test func theOriginalSpellingOfAPersonIsAPerson() {
        let names = ShippedNames.of("إنريكو فيرمي (بالإيطالية: Enrico Fermi) عالم فيزياء إيطالي ولد في روما عام 1901.")
        #expect(names.contains { $0 == (.person, "إنريكو فيرمي") }, "\(names)")
        #expect(!names.contains { $0 == (.organization, "Enrico Fermi") }, "\(names)")
        #expect(names.contains { $0 == (.person, "Enrico Fermi") }, "\(names)")
    }

    /// Round 21: retrained weights took only the family name (`Fermi`) as an organisation; the
    /// alias is the whole Latin run in the brackets.
    @Test func theAliasIsTheWholeLatinRun() {
        let text = "إنريكو فيرمي (بالإيطالية: Enrico Fermi) عالم فيزياء إيطالي."
        let scalars = Array(text.unicodeScalars)
        let fermi = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: "Fermi")!.lowerBound)
        let enrico = fermi - 7
        let mentions = [
            EntityMention(type: .person, name: "إنريكو فيرمي", start: 0, end: 12),
            EntityMention(type: .organization, name: "Fermi", start: fermi, end: fermi + 5),
        ]
        let out = LatinAliases.retyping(mentions, scalars: scalars)
        #expect(out[1] == EntityMention(type: .person, name: "Enrico Fermi", start: enrico, end: fermi + 5), "\(out)")
        #expect(out[0] == mentions[0])
    }

    @Test func retypesOnlyInBracketsRightAfterTheName() {
        let text = "زار الوفد مقر سامسونغ (Samsung) ثم التقى Tim Cook في المؤتمر."
        let scalars = Array(text.unicodeScalars)
        func span(_ s: String) -> (Int, Int) {
            let r = text.range(of: s)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            return (start, start + s.unicodeScalars.count)
        }
        let (a, b) = span("سامسونغ"), (c, d) = span("Samsung"), (e, f) = span("Tim Cook")
        let mentions = [
            EntityMention(type: .organization, name: "سامسونغ", start: a, end: b),
            EntityMention(type: .person, name: "Samsung", start: c, end: d),
            EntityMention(type: .organization, name: "Tim Cook", start: e, end: f),
        ]
        let out = LatinAliases.retyping(mentions, scalars: scalars)
        #expect(out[1].type == .organization)
        // Not in brackets after a name: left as the model read it.
        #expect(out[2].type == .organization)
        #expect(out[0].type == .organization)
    }

    @Test func anArabicNameInBracketsIsLeftAlone() {
        let text = "قال الأمين العام (غوتيريش) إن المنظمة قلقة."
        let scalars = Array(text.unicodeScalars)
        let m = EntityMention(type: .person, name: "غوتيريش", start: 18, end: 25)
        #expect(LatinAliases.retyping([m], scalars: scalars).first?.type == .person)
    }
}
