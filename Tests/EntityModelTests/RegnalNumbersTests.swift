import ArabicText
@testable import EntityModel
import Testing

/// Round 20, read in the Wikipedia-style development set: `ألفونسو الثالث عشر` was the person
/// `ألفونسو الثالث` and the person `عشر`. Sentences written for these tests.
@Suite struct RegnalNumbersTests {
    @Test func aRegnalNumberFromElevenToNineteenIsPartOfTheName() {
        for (text, name) in [("وحكم الملك لويس الرابع عشر فرنسا اثنين وسبعين عاما.", "لويس الرابع عشر"),
                             ("وتنازل ألفونسو الثالث عشر عن العرش عام 1931.", "ألفونسو الثالث عشر")] {
            let persons = ShippedNames.of(text).filter { $0.0 == .person }.map(\.1)
            #expect(persons == [name], "\(text): \(persons)")
        }
    }

    @Test func theRunStopsBeforeACountedNounAndTeenAloneIsNoOne() {
        let p = KnownNamesProbe("وفاز عبدالله الثاني عشر مرات.")
        let person = p.mention("عبدالله الثاني", .person)
        #expect(RegnalNumbers.extending([person], tokens: p.tokens, scalars: p.scalars) == [person])
        #expect(RegnalNumbers.extending([p.mention("عشر", .person)], tokens: p.tokens, scalars: p.scalars).isEmpty)
    }
}
