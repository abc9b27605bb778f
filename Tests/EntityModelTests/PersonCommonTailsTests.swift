import ArabicText
@testable import EntityModel
import Testing

/// A person the model ran into the next word of its sentence: an imperfect or future verb
/// (`يغني`, `سيتولى`), an indefinite accusative (`قائلا`, `بديلا`, `زعيما`) or a particle
/// (`هل`). Read off ANERcorp's ten-block errors (`مدحت صالح يغني`, `عزت أبو عوف برنامجا`) and
/// 12,000 SaudiNewsNet articles (`منصور زعيما` 10 times, `سعد ينادي` 5, `توماس يتصدر` 3). Names
/// written for these tests.
@Suite struct PersonCommonTailsTests {
    private func person(_ name: String) -> EntityMention {
        EntityMention(type: .person, name: name, start: 10, end: 10 + name.unicodeScalars.count)
    }

    @Test func theSentenceWordIsCut() {
        let cases: [(String, String)] = [
            ("مدحت صالح يغني", "مدحت صالح"),
            ("يوسف عبد العزيز بديلا", "يوسف عبد العزيز"),
            ("منصور زعيما", "منصور"),
            ("سعد ينادي", "سعد"),
            ("توماس يتصدر", "توماس"),
            ("عمر سيحدث", "عمر"),
            ("إسماعيل ينكرون", "إسماعيل"),
            ("حالوتس هل", "حالوتس"),
            ("عباس قائلا", "عباس"),
        ]
        for (name, kept) in cases {
            let cut = PersonCommonTails.trimming([person(name)])
            #expect(cut.map(\.name) == [kept], "\(name): \(cut)")
            #expect(cut.first?.end == 10 + kept.unicodeScalars.count)
        }
    }

    @Test func namesStay() {
        // Family names shaped like the sentence words: foreign `تـ`/`ستـ` and `يو` starts, nouns
        // shaped `فعال`/`فعيل` after `ي`, short stems before `ا`, `سيـ` before a long vowel or `ر`,
        // definite words, and the words ending compound names.
        for name in ["ميريل ستريب", "مارك توين", "دونالد تاسك", "بيتر يوين", "فيصل يلماز", "محمد يقطين",
                     "وائل زنجا", "حبيب الله سياري", "هال سيركين", "سامي سالم الشاعر", "حسن نصر الله",
                     "صلاح الدين", "روبرت كان", "كواك تاي هي"] {
            #expect(PersonCommonTails.trimming([person(name)]).map(\.name) == [name], "\(name)")
        }
        let place = EntityMention(type: .location, name: "مدينة يغني", start: 0, end: 10)
        #expect(PersonCommonTails.trimming([place]) == [place])
    }

    /// A name its text gives again, or whose last word ends another person there, is a name
    /// (`تاتيانا نافكا` … `نافكا`).
    @Test func aNameTheTextRepeatsStays() {
        let twice = [person("مدحت صالح يغني"), person("مدحت صالح يغني")]
        #expect(PersonCommonTails.trimming(twice).map(\.name) == ["مدحت صالح يغني", "مدحت صالح يغني"])
        let tail = [person("سعد ينادي"), person("ينادي")]
        #expect(PersonCommonTails.trimming(tail).map(\.name) == ["سعد ينادي", "ينادي"])
    }
}
