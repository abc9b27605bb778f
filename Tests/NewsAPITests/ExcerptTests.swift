import Testing
@testable import NewsAPI

/// The article list's excerpt: the first paragraph, cut at a space before `excerptLength`
/// characters (grapheme clusters) with an ellipsis.
@Suite struct ExcerptTests {
    /// The definition, over `Character`s, as the excerpt was first written.
    static func reference(_ text: String) -> String {
        let firstParagraph = text.prefix { $0 != "\n" }
        guard firstParagraph.count > ArticleJSON.excerptLength else { return String(firstParagraph) }
        let cut = firstParagraph.prefix(ArticleJSON.excerptLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    static let word = "الحكومة"
    static let cases: [String] = [
        "",
        "قصير",
        "عنوان\nنص",
        String(repeating: word + " ", count: 40),
        String(repeating: word + " ", count: 40) + "\nبعد",
        // Harakat: more scalars than characters, around the limit.
        String(repeating: "بَ", count: 199) + " " + String(repeating: "تُ", count: 10),
        String(repeating: "بَ", count: 150),
        // CR LF is one character, not a line feed: the paragraph goes on.
        String(repeating: "ب", count: 50) + "\r\n" + String(repeating: word + " ", count: 40),
        // A space that a combining mark follows is not the character " ".
        String(repeating: "ب", count: 150) + " " + String(repeating: "ت", count: 20) + " \u{064E}" + String(repeating: "ث", count: 60),
        // No space at all, and emoji (several scalars a character).
        String(repeating: "👩‍👩‍👧", count: 250),
        String(repeating: "a", count: 201),
        String(repeating: "a", count: 200),
        "\n" + String(repeating: word + " ", count: 40),
        // A prepended mark (U+0600) before a space joins it into one character.
        String(repeating: "ب", count: 190) + "\u{0600} " + String(repeating: "ت", count: 30),
    ]

    @Test(arguments: cases)
    func agreesWithTheCharacterDefinition(_ text: String) {
        #expect(ArticleJSON.excerpt(of: text) == Self.reference(text))
    }
}
