import ArabicText
@testable import EntityModel
import Testing

/// Round 14: a given name alone is now a person of its own text (`isLocal`) instead of being
/// dropped. Read in the 3,000-article dump (SaudiNewsNet), the given names that are also common
/// words of the language then came out as persons where they were the words: `وزير سعيد` ("a happy
/// minister"), `بتناغم فريد` ("in unique harmony"), `وسام البرلمان` ("the parliament's medal"),
/// `انتقال سلمي` ("a peaceful transition"), `باسم الدين` ("in the name of religion"). Such a word
/// alone (`everyday-given-names.txt`) is a person only beside a cue: a speech verb or a title
/// before it, or a speech verb after it. Sentences written for these tests.
@Suite struct LocalNameTestsRound14 {
    func persons(_ text: String) -> [String] {
        ShippedNames.of(text).filter { $0.0 == .person }.map(\.1)
    }

    @Test func aCommonWordGivenNameWithoutACueIsNoPerson() {
        for text in ["وخرج وزير الدفاع من الاجتماع وهو رجل سعيد بما تحقق من نتائج.",
                     "وتنطلق الألعاب النارية بتناغم فريد فوق البحيرة كل مساء.",
                     "وتسلم خادم الحرمين الشريفين وسام البرلمان العربي من الدرجة الأولى تقديرا لمواقفه.",
                     "ودعت الأحزاب إلى انتقال سلمي للسلطة بعد الانتخابات.",
                     "وأدان البيان الإرهاب الذي يرتكب باسم الدين في كل مكان."] {
            #expect(persons(text).isEmpty, "\(text): \(persons(text))")
        }
    }

    @Test func aCommonWordGivenNameBesideACueIsAPersonOfItsText() {
        for (text, name) in [("وقال سعيد إن الاجتماع كان مثمرا.", "سعيد"),
                             ("وأكد جمال أن الفريق مستعد للمباراة.", "جمال"),
                             ("ويرى الدكتور فريد أن الحل قريب.", "فريد")] {
            let found = ShippedNames.recognizer.recognize(in: text).filter { $0.type == .person }
            #expect(found.map(\.name) == [name] && found.allSatisfy(\.isLocal), "\(text): \(found)")
        }
    }

    /// A given name that is no everyday word needs no cue, though the general dictionary lists it
    /// (`محمد` "praised", `عمر` "age").
    @Test func anUncommonGivenNameAloneNeedsNoCue() {
        #expect(persons("ورأى محمد في الأمر فرصة كبيرة للشباب.") == ["محمد"])
        #expect(persons("وأكد عمر أن الفريق جاهز للمباراة.") == ["عمر"])
    }
}
