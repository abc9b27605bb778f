import ArabicText
@testable import EntityModel
import Testing

/// Words that introduce a name are no part of it (round 19): `ولد` "was born" before a name,
/// `باسم` "by the name of" after a word of naming or speaking, and a blessing's verb the model
/// stopped at (`محمد صلى` before `الله عليه وسلم`). Sentences written for these tests.
@Suite struct NameIntroducersTests {
    private func persons(_ text: String) -> [String] {
        ShippedNames.of(text).filter { $0.0 == .person }.map(\.1)
    }

    /// The text's tokens and one person mention over the scalars of `name` in it.
    private func trimmed(_ text: String, person name: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = ModelTokenizer.sentences(in: scalars).flatMap { $0 }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                 to: text.range(of: name)!.lowerBound.samePosition(in: text.unicodeScalars)!)
        let m = EntityMention(type: .person, name: name, start: start, end: start + name.unicodeScalars.count)
        return NameIntroducers.trimming([m], tokens: tokens).map(\.name)
    }

    @Test func bornIsNoPartOfTheName() {
        #expect(trimmed("ولد رياض محرز في سارسيل عام 1991.", person: "ولد رياض محرز") == ["رياض محرز"])
        #expect(trimmed("ولد في القاهرة.", person: "ولد") == [])
        // Mauritanian "son of" inside a name stays.
        #expect(trimmed("وقال محمد ولد عبد العزيز إن الحكومة مستعدة.", person: "محمد ولد عبد العزيز") == ["محمد ولد عبد العزيز"])
    }

    @Test func byTheNameOfAfterNaming() {
        #expect(trimmed("واشتهر اللاعب المعروف باسم بيليه بأهدافه.", person: "باسم بيليه") == ["بيليه"])
        #expect(trimmed("وقال المتحدث باسم الجيش إن القوات انسحبت.", person: "باسم الجيش") == ["الجيش"])
        // Bassem, the given name, stays.
        #expect(trimmed("وقدم الإعلامي باسم يوسف برنامجه الساخر.", person: "باسم يوسف") == ["باسم يوسف"])
    }

    @Test func theShippedRecognizerLeavesTheIntroducersOut() {
        let born = persons("ولد رياض محرز في سارسيل بفرنسا عام 1991، وبدأ مسيرته في نادي لوهافر.")
        #expect(!born.contains { $0.hasPrefix("ولد") }, "\(born)")
        let known = persons("واشتهر اللاعب البرازيلي المعروف باسم بيليه بأهدافه الكثيرة.")
        #expect(!known.contains { $0.hasPrefix("باسم") }, "\(known)")
    }

    @Test func aBlessingTheNameStoppedAtIsCut() {
        let text = "وهاجر النبي محمد صلى الله عليه وسلم إلى المدينة."
        let scalars = Array(text.unicodeScalars)
        let tokens = ModelTokenizer.sentences(in: scalars).flatMap { $0 }
        let m = EntityMention(type: .person, name: "محمد صلى", start: 12, end: 20)
        #expect(BlessingTails.cutting([m], tokens: tokens).map(\.name) == ["محمد"])
        // Without the text's next word the verb alone says nothing.
        #expect(BlessingTails.cutting([m]).map(\.name) == ["محمد صلى"])
    }
}
