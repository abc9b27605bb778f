import Testing
@testable import NewsCorpus

/// The byte-level `tidy` agrees with the scalar definition it replaced.
@Suite struct TidyBytesTests {
    static let closing: Set<Unicode.Scalar> = [".", ",", "\u{060C}", "\u{061B}", ":", "!", "?", "\u{061F}", ")", "]", "\u{00BB}"]

    static func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{00A0}" { pendingSpace = true; continue }
            if pendingSpace {
                if !closing.contains(scalar) && !out.isEmpty { out.append(" ") }
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    @Test(arguments: [
        "", " ", "  قال  الوزير  ", "قال الوزير .", "نعم ، لا ؛ ماذا ؟", "«نص »", "(نص )", "[x ]",
        "a\u{00A0}\u{00A0}b", "\tبداية\tو نهاية\t", "كلمة\u{00A0}:", "é ,ü", "😀  😀 !", "ؤ ئ ء ،",
    ])
    func agreesWithTheScalarDefinition(_ text: String) {
        #expect(ArticleCleaner.tidy(text) == Self.reference(text))
    }
}
