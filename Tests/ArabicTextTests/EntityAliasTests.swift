import Testing
@testable import ArabicText

/// A quoted second name after an alias cue (`المعروف بـ«…»`) takes the type of the mention before
/// the cue. Examples written for these tests.
@Suite struct EntityAliasTests {
    static let recognizer = EntityRecognizer()

    @Test(arguments: [
        ("يقود الكتيبة سالم الدرسي الملقب بـ«الذئب» منذ سنوات", EntityType.person, "الذئب"),
        ("ظهر خالد المنصوري المعروف باسم \"أبو ريان\" في التسجيل", .person, "أبو ريان"),
        ("أعلنت جماعة أنصار الدين المعروفة بـ«الأنصار» مسؤوليتها", .organization, "الأنصار"),
    ])
    func alias(text: String, type: EntityType, name: String) {
        let mentions = Self.recognizer.recognize(in: text)
        #expect(mentions.contains { $0.type == type && $0.name == name }, "\(mentions.map { "\($0.type):\($0.name)" })")
    }

    /// A quote after an ordinary verb is not an alias.
    @Test func notAnAlias() {
        let mentions = Self.recognizer.recognize(in: "قال خالد المنصوري إن «الوضع» صعب")
        #expect(!mentions.contains { $0.name == "الوضع" }, "\(mentions.map(\.name))")
    }
}
