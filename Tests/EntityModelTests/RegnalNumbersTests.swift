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
        let text = "وفاز عبدالله الثاني عشر مرات."
        let scalars = Array(text.unicodeScalars)
        let tokens = ModelTokenizer.sentences(in: scalars).flatMap { $0 }
        let person = EntityMention(type: .person, name: "عبدالله الثاني", start: 5, end: 19)
        #expect(RegnalNumbers.extending([person], tokens: tokens, scalars: scalars) == [person])
        let teen = EntityMention(type: .person, name: "عشر", start: 20, end: 23)
        #expect(RegnalNumbers.extending([teen], tokens: tokens, scalars: scalars).isEmpty)
    }
}
