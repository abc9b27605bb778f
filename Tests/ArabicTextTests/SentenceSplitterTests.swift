import ArabicText
import Testing

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(in: scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func splitsAtTerminators() {
        #expect(split("جملة أولى. جملة ثانية؟ ثالثة!") == ["جملة أولى.", "جملة ثانية؟", "ثالثة!"])
    }

    @Test func keepsDotsInsideWordsAndNumbers() {
        #expect(split("قالت العربية.نت إن النسبة 3.5 بالمئة.") == ["قالت العربية.نت إن النسبة 3.5 بالمئة."])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(split("قال \"انتهى.\" ثم غادر.") == ["قال \"انتهى.\"", "ثم غادر."])
    }

    @Test func lineBreaksEndSentences() {
        #expect(split("عنوان فرعي\nنص.") == ["عنوان فرعي", "نص."])
    }
}
