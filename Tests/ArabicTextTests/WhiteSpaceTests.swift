import Testing
@testable import ArabicText

@Suite struct WhiteSpaceTests {
    @Test func agreesWithTheUnicodePropertyForEveryScalar() {
        var checked = 0, disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            if WhiteSpace.contains(s) != s.properties.isWhitespace { disagreeing.append(value) }
            checked += 1
        }
        #expect(disagreeing.isEmpty)
        #expect(checked > 1_000_000)
    }

    @Test func arabicAndLatinLettersAreNotSpaceButTheirSpacesAre() {
        #expect(!WhiteSpace.contains("ب"))
        #expect(!WhiteSpace.contains("a"))
        #expect(WhiteSpace.contains("\u{00A0}"))
        #expect(WhiteSpace.contains("\u{2009}"))
        #expect(WhiteSpace.contains("\n"))
    }
}
