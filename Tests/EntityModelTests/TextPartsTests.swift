import ArabicText
@testable import EntityModel
import Testing

/// A long text is read in parts (`TextParts`), so that the recogniser's cost grows with the
/// text's length, not with its square; what it finds keeps the whole text's offsets.
@Suite struct TextPartsTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func aShortTextIsOnePart() {
        let s = scalars("قال الرئيس في بيروت.")
        #expect(TextParts.ranges(of: s) == [0..<s.count])
        #expect(TextParts.ranges(of: []) == [0..<0])
    }

    @Test func partsCoverTheTextInOrderAndNoneIsTooLong() {
        let paragraph = String(repeating: "وصل الوفد إلى بيروت صباح اليوم. ", count: 9) + "\n"
        let s = scalars(String(repeating: paragraph, count: 40))
        let parts = TextParts.ranges(of: s, limit: 1_000)
        #expect(parts.count > 1)
        #expect(parts.first?.lowerBound == 0)
        #expect(parts.last?.upperBound == s.count)
        for (a, b) in zip(parts, parts.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        for part in parts { #expect(part.count <= 1_000) }
        // Each cut falls after a paragraph's end, not inside a sentence.
        for part in parts.dropLast() { #expect(s[part.upperBound - 1] == "\n") }
    }

    @Test func withoutParagraphsAPartEndsAfterASentenceThenASpace() {
        let sentences = scalars(String(repeating: "وصل الوفد إلى بيروت صباح اليوم. ", count: 100))
        for part in TextParts.ranges(of: sentences, limit: 500).dropLast() {
            #expect(sentences[part.upperBound - 1] == " " && sentences[part.upperBound - 2] == ".")
        }
        let words = scalars(String(repeating: "كلمة ", count: 300))
        for part in TextParts.ranges(of: words, limit: 500).dropLast() { #expect(words[part.upperBound - 1] == " ") }
        let oneWord = [Unicode.Scalar](repeating: "ك", count: 1_200)
        #expect(TextParts.ranges(of: oneWord, limit: 500) == [0..<500, 500..<1_000, 1_000..<1_200])
    }

    @Test func aLongTextsNamesKeepTheirOffsets() throws {
        let recognizer = try #require(LearnedEntityRecognizer.shipped)
        let paragraph = "قال الرئيس الأمريكي باراك أوباما في واشنطن إن المحادثات مع إيران مستمرة.\n"
        let count = TextParts.limit / paragraph.unicodeScalars.count * 3
        let text = String(repeating: paragraph, count: count)
        let s = scalars(text)
        let mentions = recognizer.recognize(in: text)
        for m in mentions { #expect(String(String.UnicodeScalarView(s[m.start..<m.end])) == m.name) }
        // Every paragraph's names are found, in the last part as in the first.
        #expect(mentions.filter { $0.name == "واشنطن" }.count == count)
        #expect(mentions.filter { $0.type == .person && $0.name.hasSuffix("أوباما") }.count == count)
        let alone = recognizer.recognize(in: paragraph)
        #expect(Set(alone.map(\.name)).isSubset(of: Set(mentions.map(\.name))))
    }
}
