import ArabicText
import EntityModel
import Testing

/// The learned recogniser on the error classes issue 17 names, in sentences written for these tests.
@Suite struct LearnedRecognizerTests {
    let recognizer = LearnedEntityRecognizer.shipped!

    func names(_ text: String, _ type: EntityType? = nil) -> [String] {
        recognizer.recognize(in: text).filter { type == nil || $0.type == type }.map(\.name)
    }

    @Test func offsetsPointAtTheNames() {
        let text = "وصل وفد أممي إلى لبنغازي أمس، والتقى رئيس الحكومة في طرابلس."
        let scalars = Array(text.unicodeScalars)
        for m in recognizer.recognize(in: text) {
            let covered = String(String.UnicodeScalarView(scalars[m.start..<m.end]))
            #expect(covered == m.name || "ا" + covered == m.name)
        }
        #expect(names(text, .location).contains("بنغازي"))
        #expect(names(text, .location).contains("طرابلس"))
    }

    @Test func formulaeAndGreetingsAreNotEntities() {
        let found = names("وقال الحمد لله على سلامة الجميع، وبسم الله نبدأ، ورمضان المبارك على الأبواب، والله الموفق.")
        #expect(!found.contains("الله"))
        #expect(!found.contains("رمضان المبارك"))
    }

    @Test func aNameStopsBeforeTheNextVerb() {
        let found = names("وحذر الرئيس الفلسطيني محمود عباس حدوث انهيار شامل في الضفة الغربية.", .person)
        #expect(found == ["محمود عباس"])
    }

    @Test func governmentBodiesAreOrganizations() {
        let found = names("وأعلنت وزارة الداخلية السعودية القبض على خلية في الرياض.", .organization)
        #expect(found.contains { $0.hasPrefix("وزارة الداخلية") })
    }

    @Test func urlsAreNotNames() {
        #expect(names("للمزيد https://example.com/news/123 وكذلك http://example.org").isEmpty)
    }

    @Test func aSurnameAfterAnotherGivenNameIsSomeoneElse() {
        let text = "قال إسماعيل الصلابي إن الكتيبة مستعدة. وأضاف الصلابي أن شقيقه علي الصلابي لم يشارك."
        let scalars = Array(text.unicodeScalars)
        let ali = Array("علي الصلابي".unicodeScalars)
        let aliStart = (0...(scalars.count - ali.count)).first { Array(scalars[$0..<($0 + ali.count)]) == ali }!
        let surnameAlone = recognizer.recognize(in: text).contains { $0.type == .person && $0.start == aliStart + 4 }
        #expect(!surnameAlone)
    }

    @Test func monthNamesAreNotPeople() {
        let found = names("وصل الملك عبدالله الثاني إلى عمان في الخامس من تشرين الثاني الماضي.", .person)
        #expect(!found.contains("الثاني"))
    }

    /// SaudiNewsNet's top lists showed the riyal and the euro as places and organisations.
    @Test func currenciesAreNotEntities() {
        let found = names("وبلغت أرباح الشركة 50 مليون ريال، فيما تراجع اليورو أمام الدولار في الأسواق.")
        #expect(!found.contains { ["ريال", "اليورو", "الدولار"].contains($0) })
    }
}
