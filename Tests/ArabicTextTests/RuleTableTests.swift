import Testing
@testable import ArabicText

/// The shortcuts the entity rules take for speed give the answers of what they replace: the
/// one-probe word-list classes, plain-key byte tests, and the one-pass scalar decoding.
struct RuleTableTests {
    @Test func lexiconClassesAgreeWithTheLists() {
        let lists: [(WordSet, LexiconClasses)] = [
            (PersonLexicon.titles, .title), (PersonLexicon.arabicGivenNames, .arabicGiven),
            (PersonLexicon.nameParticles, .particle), (OrganizationLexicon.constructHeads, .constructHead),
            (OrganizationLexicon.definiteHeads, .definiteHead), (LocationLexicon.adminHeads, .adminHead),
            (LocationLexicon.facilityHeads, .facilityHead), (FunctionWords.words, .functionWord),
        ]
        for (list, bit) in lists {
            for word in list { #expect(LexiconClasses.of(word).contains(bit), "\(word)") }
        }
        // A word in no list, and a list word's neighbour, have no such class.
        #expect(LexiconClasses.of("قطارات").isEmpty)
        #expect(!LexiconClasses.of("الرئيسي").contains(.title))
    }

    @Test func wellKnownFirstWordsArePlain() {
        // `OrganizationRule.wellKnown` skips the `String`-keyed table for plain words without the
        // byte class, which is exact only if its keys are plain (normal form C) themselves.
        for word in OrganizationLexicon.wellKnownByFirstWord.keys {
            #expect(PlainKey.letterCount(word) != nil, "\(word)")
        }
    }

    @Test func plainKeyTestsMatchStringTests() {
        let keys = ["الرئيس", "وبالعراق", "للولايات", "ibm", "ال", "الٰ", "ليبيون", "تقريرها", "ا\u{0610}لرئيس"]
        for key in keys {
            let shape = KeyShape.of(key)
            #expect((PlainKey.letterCount(key) != nil) == shape.isPlain, "\(key)")
            guard shape.isPlain else { continue }
            #expect(shape.letters == key.count)
            for affix in ["ال", "و", "وبال", "لل", "ي", "ها", "يون"] {
                #expect(shape.hasPrefix(BytePattern(prefix: affix)) == key.hasPrefix(affix), "\(key) \(affix)")
                #expect(shape.hasSuffix(BytePattern(suffix: affix)) == key.hasSuffix(affix), "\(key) \(affix)")
            }
        }
        #expect(KeyAffixes.equals("في", "في"))
        #expect(!KeyAffixes.equals("في", "فى"))
    }

    @Test func cliticReadingsAreTheStringOnes() {
        // The readings as `String` operations give them (the rules' code before byte tests).
        func reference(_ key: String) -> [String] {
            var result: [String] = []
            for clitic in TextView.clitics where key.hasPrefix(clitic.prefix) {
                var rest = String(key.dropFirst(clitic.letters))
                if clitic.restoresArticle { rest = "ا" + rest }
                if rest.count >= 3 { result.append(rest) }
            }
            return result
        }
        for key in ["وبالعراق", "للولايات", "ولي", "فالمدينة", "كالبحر", "بلد", "والله", "وIBM", "ل\u{0610}بنان", "وبرلين"] {
            #expect(TextView.readingKeys(of: key) == reference(key), "\(key)")
        }
        #expect(TextView.readingKeys(of: "للولايات").first == "الولايات")
    }

    @Test func scalarsDecodeLikeTheUnicodeScalarView() {
        let texts = ["", "abc", "قال الرئيس", "emoji 👍🏽 and 中文 and ﻻ", "\u{0627}\u{0653}\u{200D}x"]
        for text in texts { #expect(Tokenizer.scalars(of: text) == Array(text.unicodeScalars)) }
    }

    /// `procliticReadings` answers words that start with a letter no clitic starts with before
    /// reading them: the same readings as reading them, for every plain letter first, with marks.
    @Test func procliticReadingsOfEveryFirstLetterAreTheReadOnes() {
        func read(_ word: String) -> [String] {
            let scalars = Array(word.unicodeScalars)
            guard let token = Tokenizer.tokens(in: scalars).first, token.start == 0 else { return [] }
            return TextView.readings(of: token, in: scalars).dropFirst().map { "\($0.key) \($0.skip) \($0.restoresArticle)" }
        }
        var withReadings = 0
        for v in UInt32(0x0621)...0x064A {
            let letter = String(Unicode.Scalar(v)!)
            for rest in ["العراق", "لعراق", "مصر", "\u{0654}لعراق", "\u{064E}بالعراق", "ل"] {
                let word = letter + rest
                let fast = EntityEvidence.procliticReadings(of: word).map { "\($0.key) \($0.skip) \($0.restoresArticle)" }
                #expect(fast == read(word), "\(word)")
                if !fast.isEmpty { withReadings += 1 }
            }
        }
        #expect(withReadings >= 10)
    }
}
