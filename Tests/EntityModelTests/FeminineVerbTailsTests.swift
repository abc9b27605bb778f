import ArabicText
@testable import EntityModel
import Testing

/// Round 21: a person's run that ends in a feminine past verb of a derived form loses the verb
/// (`علي عبدالله صالح هاجمت`, `أنجيلا ميركل فأوضحت`); family names ending in `ت` stay.
@Suite struct FeminineVerbTailsTests {
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
            let cut = FeminineVerbTails.trimmed(m)
            #expect(cut.name == name && cut.start == 10 && cut.end == 10 + name.unicodeScalars.count, "\(cut)")
        }
    }

    @Test func familyNamesEndingInTaStay() {
        for name in ["عبد الحميد خيرت", "خوان أنخيل نابوت", "سالم بن نحيت", "طوني ألبرت", "ماريان باريت",
                     "أنور السادات", "مصطفى فرحات", "محمود عزت", "جون ستيوارت", "عدنان فرزات", "حسان بن ثابت"] {
            let m = EntityMention(type: .person, name: name, start: 0, end: name.unicodeScalars.count)
            #expect(FeminineVerbTails.trimmed(m) == m, "\(name)")
        }
        let place = EntityMention(type: .location, name: "قرية ساهمت", start: 0, end: 10)
        #expect(FeminineVerbTails.trimmed(place) == place)
    }
}
