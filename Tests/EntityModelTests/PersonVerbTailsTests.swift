import ArabicText
@testable import EntityModel
import Testing

/// Round 21: a person's run that ends in a feminine past verb of a derived form loses the verb
/// (`علي عبدالله صالح هاجمت`, `أنجيلا ميركل فأوضحت`); family names ending in `ت` stay.
@Suite struct PersonVerbTailsTests {
    @Test func aDerivedFeminineVerbEndsTheName() {
        let cases: [(String, String)] = [
            ("علي عبدالله صالح هاجمت", "علي عبدالله صالح"),   // form III
            ("فاطمة ساهمت", "فاطمة"),                          // form III
            ("حسن معاذ أغلقت", "حسن معاذ"),                    // form IV
            ("سلمان تحققت", "سلمان"),                          // form V
            ("أنجيلا ميركل فأوضحت", "أنجيلا ميركل"),           // فـ + form IV
        ]
        for (run, name) in cases {
            let m = EntityMention(type: .person, name: run, start: 10, end: 10 + run.unicodeScalars.count)
            let cut = PersonVerbTails.trimmed(m)
            #expect(cut.name == name && cut.start == 10 && cut.end == 10 + name.unicodeScalars.count, "\(cut)")
        }
    }

    /// `أولى` ("gave", `أولى هذا المشروع جل العناية`; or "first", feminine) ends no name: the
    /// model ran `عبد اللطيف بن عبد الملك آل الشيخ` into it, and it became the person's display name.
    @Test func awlaEndsNoName() {
        let run = "عبد اللطيف بن عبد الملك آل الشيخ أولى"
        let m = EntityMention(type: .person, name: run, start: 0, end: run.unicodeScalars.count)
        #expect(PersonVerbTails.trimmed(m).name == "عبد اللطيف بن عبد الملك آل الشيخ")
        let foreign = EntityMention(type: .person, name: "كارل أولي", start: 0, end: 9)
        #expect(PersonVerbTails.trimmed(foreign) == foreign)
    }

    @Test func familyNamesEndingInTaStay() {
        for name in ["عبد الحميد خيرت", "خوان أنخيل نابوت", "سالم بن نحيت", "طوني ألبرت", "ماريان باريت",
                     "أنور السادات", "مصطفى فرحات", "محمود عزت", "جون ستيوارت", "عدنان فرزات", "حسان بن ثابت"] {
            let m = EntityMention(type: .person, name: name, start: 0, end: name.unicodeScalars.count)
            #expect(PersonVerbTails.trimmed(m) == m, "\(name)")
        }
        let place = EntityMention(type: .location, name: "قرية ساهمت", start: 0, end: 10)
        #expect(PersonVerbTails.trimmed(place) == place)
    }
}
