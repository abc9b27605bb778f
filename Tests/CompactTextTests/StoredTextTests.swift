import Testing
@testable import CompactText

/// `StoredText` gives back exactly the bytes it was given, whatever the script, and stores Arabic
/// compactly.
struct StoredTextTests {
    /// Made-up texts covering every path of the code: ASCII, Arabic letters and harakat, the
    /// frequent extras, escaped scalars of 2, 3 and 4 UTF-8 bytes, combining marks.
    static let samples: [String] = [
        "",
        "a",
        "\n\n",
        "Hello, world.",
        "قال الوزير إن الاجتماع سيُعقد غداً في الرياض.",
        "«مرحباً» — قالت “سارة” – ثم… غادرت\u{00A0}المكان\u{200C}فوراً\u{200F}.",
        "پژوهش چگونه گفت یک",
        "٠١٢٣٤٥٦٧٨٩ و 0123456789 ؛ ، ؟",
        "café cafe\u{301} naïve Ångström ß Œ",
        "emoji 👋🏽 and 🇸🇦 flags, 𝔸 math",
        "ا\u{654}ل\u{651}\u{64E}ه ﻻ ﷲ ﺍﻟﻠﻪ",
        "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        "中文 日本語 한국어 עברית русский",
        "\r\n\t tabs and CRLF \r\n",
    ]

    @Test(arguments: samples)
    func roundTripsByteForByte(_ text: String) {
        let stored = StoredText(text)
        let back = stored.string
        #expect(Array(back.utf8) == Array(text.utf8))
        #expect(stored.utf8Count == text.utf8.count)
    }

    @Test func longTextsAreDeflatedAndRoundTrip() {
        var text = ""
        for i in 0..<4_000 {
            text += Self.samples[i % Self.samples.count]
            text += i % 7 == 0 ? "\n\n" : " "
        }
        let stored = StoredText(text)
        #expect(stored.bytes.first == StoredText.deflated)
        #expect(Array(stored.string.utf8) == Array(text.utf8))
        #expect(stored.storedCount < text.utf8.count / 4)
    }

    @Test func shortTextsStayPlainButSmaller() {
        let text = "قال الوزير"
        let stored = StoredText(text)
        #expect(stored.bytes.first == StoredText.plain)
        // One byte a letter, plus the kind and the length.
        #expect(stored.storedCount == text.unicodeScalars.count + 2)
    }

    @Test func arabicProseTakesUnderAThirdOfItsUTF8() {
        let words = ["قال", "الوزير", "إن", "المملكة", "العربية", "السعودية", "ستستضيف", "مؤتمراً",
                     "دولياً", "للطاقة", "في", "الرياض", "خلال", "الأسبوع", "المقبل", "،", "بمشاركة", "وفود"]
        var generator = SystemRandomNumberGenerator()
        var text = ""
        for _ in 0..<600 { text += words.randomElement(using: &generator)! + " " }
        let stored = StoredText(text)
        #expect(stored.storedCount * 3 < text.utf8.count)
        #expect(stored.string == text)
    }

    @Test func equalTextsStoreEqualBytes() {
        let a = StoredText("نص " + String(repeating: "طويل ", count: 50))
        let b = StoredText("نص " + String(repeating: "طويل ", count: 50))
        #expect(a == b)
        #expect(a != StoredText("نص " + String(repeating: "طويل ", count: 49)))
        // Canonically equivalent but not the same bytes: stored apart.
        #expect(StoredText("café") != StoredText("cafe\u{301}"))
    }

    @Test func everyScalarClassRoundTripsAtEveryLength() {
        // Each escaped or coded scalar at the start, middle and end of texts around the
        // deflate threshold.
        let scalars: [Unicode.Scalar] = ["a", "\u{0600}", "\u{066F}", "\u{0670}", "\u{00A0}", "\u{06AF}",
                                         "\u{FEFF}", "\u{1F600}", "\u{0301}"]
        for s in scalars {
            for n in [1, 63, 64, 65, 200] {
                let text = String(String.UnicodeScalarView(Array(repeating: s, count: n))) + "ب" + String(s)
                #expect(Array(StoredText(text).string.utf8) == Array(text.utf8))
            }
        }
    }
}
