import Testing
@testable import ArabicText

/// Words, their keys and their scalar offsets.
struct TokenizerTests {
    @Test(arguments: [
        ("#مصطفى_الإمام", ["مصطفى", "الإمام"]),
        ("لـ\"العربية.نت\"", ["لـ", "العربية", "نت"]),
        ("سبتمبر/أيلول 2012.,", ["سبتمبر", "أيلول", "2012"]),
        ("مُتزامنًا، مع", ["مُتزامنًا", "مع"]),
    ])
    func splitsWords(_ text: String, _ words: [String]) {
        #expect(Tokenizer.tokens(in: text).map(\.text) == words)
    }

    @Test func offsetsCountScalarsEndExclusive() {
        let text = "في #بنغازي، أمس"
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer.tokens(in: text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
        }
    }

    @Test func presentationFormsAreNormalised() {
        let tokens = Tokenizer.tokens(in: "ﻟﻴﺒﻴﺎ")
        #expect(tokens.map(\.normalized) == ["ليبيا"])
        #expect(tokens.first?.end == 5)
    }

    @Test func keyMatchesNormalizer() {
        for token in Tokenizer.tokens(in: "أكدت الولايات المتحدة الأميركية ١١ سبتمبر") {
            #expect(token.normalized == ArabicNormalizer.normalize(token.text))
        }
    }
}
