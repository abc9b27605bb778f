import ArabicText
@testable import EntityModel
import Testing

/// The model's parts on their own: tags, decoder, weights file, tokeniser.
@Suite struct ModelPartsTests {
    @Test func labelsReadAsTags() {
        #expect(NERTag(label: "B-PERS") == .beginPerson)
        #expect(NERTag(label: "I-ORG") == .insideOrganization)
        #expect(NERTag(label: "B-LOC") == .beginLocation)
        #expect(NERTag(label: "B-MISC") == .outside)
        #expect(NERTag(label: "O") == .outside)
    }

    @Test func insideTagsOnlyContinueTheirOwnType() {
        #expect(!NERTag.insidePerson.mayFollow(nil))
        #expect(!NERTag.insidePerson.mayFollow(.outside))
        #expect(!NERTag.insidePerson.mayFollow(.beginLocation))
        #expect(NERTag.insidePerson.mayFollow(.beginPerson))
        #expect(NERTag.beginLocation.mayFollow(.insidePerson))
    }

    @Test func viterbiHonoursBIO() {
        let T = NERTag.count
        let transition = [Float](repeating: 0, count: (T + 1) * T)
        // Token 0 prefers inside-person, which cannot start a sentence: begin-person is next best.
        var first = [Float](repeating: 0, count: T)
        first[NERTag.insidePerson.rawValue] = 5
        first[NERTag.beginPerson.rawValue] = 3
        var second = [Float](repeating: 0, count: T)
        second[NERTag.insidePerson.rawValue] = 4
        #expect(ViterbiDecoder.decode(emissions: [first, second], transition: transition) == [.beginPerson, .insidePerson])
    }

    @Test func weightsSurviveTheirFileFormat() throws {
        let T = NERTag.count
        let weights = ModelWeights(features: [42, 7], emission: (0..<(2 * T)).map(Float.init),
                                   transition: (0..<((T + 1) * T)).map { Float($0) / 2 },
                                   nameStarts: [ModelWeights.nameKey("بنغازي"): 3])
        let back = try ModelWeights(bytes: weights.serialized())
        #expect(back.serialized() == weights.serialized())
        #expect(back.nameStartCount("بنغازي") == 3)
        var scores = [Float](repeating: 0, count: 2 * T)
        scores.withUnsafeMutableBufferPointer { back.score([7, 99], into: $0, at: T) }
        // Each score within half a quantisation step of its weight (`FeatureTable`).
        let expected = Array(repeating: Float(0), count: T) + (T..<(2 * T)).map(Float.init)
        #expect(zip(scores, expected).allSatisfy { abs($0 - $1) <= back.table.scale / 2 })
        #expect(back.table.scale == Float(2 * T - 1) / 32_767)
        #expect(back.featureCount == 2)
        #expect(throws: ModelWeights.FormatError.self) { try ModelWeights(bytes: Array("not weights".utf8)) }
        // A file cut short, and the format before quantised rows, are refused (the rules then
        // work alone and the server says so), never read as other weights.
        let bytes = weights.serialized()
        #expect(throws: ModelWeights.FormatError.self) { try ModelWeights(bytes: Array(bytes.prefix(bytes.count - 9))) }
        #expect(throws: ModelWeights.FormatError.self) { try ModelWeights(bytes: Array("MARSAD-NER-1\n".utf8) + bytes.dropFirst(13)) }
    }

    @Test func shippedWeightsLoad() throws {
        let weights = try #require(ModelWeights.shipped)
        #expect(weights.featureCount > 10_000)
    }

    @Test func tokeniserSplitsPunctuationAndSentencesAndKeepsJoinedWords() {
        let text = "قال (الرئيس) إن ال\u{200C}مقاومة انتهت. ثم غادر"
        let sentences = ModelTokenizer.sentences(in: Array(text.unicodeScalars))
        #expect(sentences.count == 2)
        #expect(sentences[0].map(\.text) == ["قال", "(", "الرئيس", ")", "إن", "ال\u{200C}مقاومة", "انتهت", "."])
        #expect(sentences[1].map(\.text) == ["ثم", "غادر"])
    }

    @Test func featuresAreTheSameForTheSameSentence() {
        var a = FeatureExtractor(), b = FeatureExtractor()
        let tokens = ["التقى", "الرئيس", "محمود", "عباس", "في", "رام", "الله"]
        let tags = FeatureExtractor.ruleTags(tokens: [], mentions: []) + Array(repeating: "O", count: tokens.count)
        #expect(a.features(of: tokens, ruleTags: tags) == b.features(of: tokens, ruleTags: tags))
    }
}

/// The words of person names (arabnamer's dictionary, CC BY 4.0) reach the model as a class.
@Suite struct NameWordsTests {
    /// The shipped list's words (its text beside the weights, comments left out).
    let listed: [String] = (ModelWeights.textBesideShippedWeights("person-name-words.txt") ?? "")
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)

    @Test func theShippedListLoadsAndMarksANameWord() throws {
        #expect(WordList.personNameWords.count > 10_000)
        let word = try #require(listed.first)
        #expect(TokenFacts(word).classes.contains(TokenFacts.nameWordClass))
        #expect(TokenFacts("و" + word).classes.contains(TokenFacts.strippedNameWordClass))
        #expect(!TokenFacts("الحكومة").classes.contains(TokenFacts.nameWordClass))
    }

    /// The list must not hand the model the names the seeds are judged on (the export script
    /// leaves out every word of the evaluation texts).
    @Test func noWordOfASeedPersonIsListed() {
        let people = SeedPersonWords.all
        #expect(!people.isEmpty)
        for word in people {
            #expect(!WordList.personNameWords.contains(FeatureHash.value(ArabicNormalizer.normalize(word))), "\(word)")
        }
    }

    /// Names are written from the text's scalars at their exact length: the same string as
    /// appending them to a `String.UnicodeScalarView`, for every script and length.
    @Test func textOfScalarsIsTheScalarViewsText() {
        let texts = ["", "a", "محمد", "سلمان بن عبدالعزيز آل سعود", "ABC 123 ١٢٣", "👍🏽 中文 ﻻ", "\u{0627}\u{0653}\u{200D}x",
                     String(repeating: "كلمة ", count: 40)]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for range in [0..<scalars.count, min(1, scalars.count)..<scalars.count, 0..<(scalars.count / 2)] {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[range])
                #expect(String(scalars: scalars[range]) == String(view))
                #expect(Array(String(scalars: scalars[range]).unicodeScalars) == Array(scalars[range]))
            }
        }
    }

    /// The fingerprint set finds its members and nothing else, 0 (its empty-slot mark) included.
    @Test func fingerprintSetHoldsItsMembersOnly() {
        #expect(!FingerprintSet([UInt64]()).contains(0) && !FingerprintSet([UInt64]()).contains(7))
        let members = (0..<3_000).map { FeatureHash.value("كلمة\($0)") } + [0, .max, 1]
        let set = FingerprintSet(members + members.prefix(10))
        #expect(members.allSatisfy(set.contains))
        #expect(!(3_000..<9_000).map { FeatureHash.value("كلمة\($0)") }.contains(where: set.contains))
        #expect(!FingerprintSet([5, 6]).contains(0))
    }

    /// The token holding an offset, by binary search: the first token whose span holds it, as a
    /// scan finds it, for every offset of a text with spaces between tokens (no token) and at its ends.
    @Test func tokenHoldingAnOffsetIsTheScannedOne() {
        let text = "قال الرئيس، في المؤتمر: «نعم» (2015) ."
        let tokens = ModelTokenizer.sentences(in: Array(text.unicodeScalars)).flatMap { $0 }
        #expect(tokens.count > 8)
        for offset in -1...(text.unicodeScalars.count + 1) {
            #expect(ModelToken.index(holding: offset, in: tokens) == tokens.firstIndex { $0.start <= offset && offset < $0.end })
        }
        #expect(ModelToken.index(holding: 0, in: []) == nil)
    }

    @Test func commentsAndBlankLinesAreNotWords() {
        let list = WordList(text: "# a comment\n\nكلمة\n  أخرى  \n")
        #expect(list.count == 2)
        #expect(list.contains(FeatureHash.value(ArabicNormalizer.normalize("أخرى"))))
    }

    /// Lists are read as bytes (`ResourceLines`): a file saved with Windows line ends reads
    /// as the same words (read as `Character`s, `\r\n` was one character and the whole file
    /// one word), and a line's spaces and tabs at its ends are no part of its word.
    @Test func windowsLineEndsAndBlanksAtTheEnds() {
        let list = WordList(text: "# a comment\r\nكلمة\r\n\tأخرى \r\n\r\n")
        #expect(list.count == 2)
        #expect(list.contains(FeatureHash.value(ArabicNormalizer.normalize("كلمة"))))
        #expect(list.contains(FeatureHash.value(ArabicNormalizer.normalize("أخرى"))))
        let wiki = WikiNameWords(tsv: "# comment\r\nبرشلونة\tclub\r\nميسي\tper\r\nسطر بلا صنف\r\n")
        #expect(wiki.count == 2)
        #expect(wiki.classes(of: FeatureHash.value(ArabicNormalizer.normalize("ميسي"))) == ["wikiper"])
        #expect(wiki.classes(of: FeatureHash.value(ArabicNormalizer.normalize("برشلونة"))) == ["wikiclub"])
    }

    /// The bucketed search finds every listed word and no other, in lists of every size
    /// (empty, one word, thousands: buckets empty, full, and at both ends of the range).
    @Test func everyListedWordIsFoundAndNoOther() {
        for size in [0, 1, 2, 5, 100, 5_000] {
            let words = (0..<size).map { "كلمة\($0)" }
            let list = WordList(text: words.joined(separator: "\n"))
            #expect(list.count == size)
            #expect(words.allSatisfy { list.contains(FeatureHash.value(ArabicNormalizer.normalize($0))) })
            let others = (size..<(size + 2_000)).map { FeatureHash.value(ArabicNormalizer.normalize("كلمة\($0)")) }
            #expect(!others.contains { list.contains($0) })
            #expect(!list.contains(0) && !list.contains(.max))
        }
        // The shipped list of common words: its words found, as by a plain binary search.
        let common = WordList.commonWords
        #expect(common.count > 10_000)
        #expect(common.keys.allSatisfy(common.contains))
    }
}

/// Web addresses found in a text, so that no entity is taken inside one.
@Suite struct URLSpansTests {
    @Test func addressesRunToTheNextSpace() {
        let text = "للمزيد (https://example.com/news/123) وكذلك WWW.Example.org/a وhttp://x.y و httpfoo"
        let scalars = Array(text.unicodeScalars)
        let found = URLSpans.ranges(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(found == ["https://example.com/news/123)", "WWW.Example.org/a", "http://x.y"], "\(found)")
    }
}

/// The common words of the language (Ayaspell's Hunspell dictionary, its names left out) reach
/// the model as a class; a transliterated foreign name is not one of them.
@Suite struct CommonWordsTests {
    @Test func theShippedListLoadsAndMarksACommonWord() {
        #expect(WordList.commonWords.count > 90_000)
        #expect(TokenFacts("مدرسة").classes.contains(TokenFacts.commonWordClass))
        #expect(TokenFacts("ومدرسة").classes.contains(TokenFacts.strippedCommonWordClass))
        for name in ["ليبرمان", "فولكسفاغن", "كلينتون"] {
            #expect(!TokenFacts(name).classes.contains(TokenFacts.commonWordClass), "\(name)")
        }
    }

    /// The dictionary's proper-name section is left out: a capital is no common word.
    @Test func theNameSectionIsLeftOut() {
        #expect(!WordList.commonWords.contains(FeatureHash.value(ArabicNormalizer.normalize("لندن"))))
    }
}

/// The words of Arabic Wikipedia's names of people, clubs and cities (ArWikiCats, MIT) reach the
/// model as classes; the project's evaluation texts lend it none of their words.
@Suite struct WikiNameWordsTests {
    /// The shipped list's `(word, class)` rows (comments left out).
    var listed: [(word: String, cls: String)] {
        var rows: [(word: String, cls: String)] = []
        let text = ModelWeights.textBesideShippedWeights("wiki-name-words.tsv") ?? ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count == 2 { rows.append((String(fields[0]), String(fields[1]))) }
        }
        return rows
    }

    @Test func theShippedListLoadsAndMarksAWord() throws {
        #expect(WikiNameWords.shipped.count > 10_000)
        for cls in ["per", "club", "city"] {
            let word = try #require(listed.first { $0.cls == cls }?.word)
            #expect(TokenFacts(word).classes.contains(FeatureHash.value("c:wiki" + cls)), "\(word)")
            #expect(TokenFacts("و" + word).classes.contains(FeatureHash.value("s:wiki" + cls)), "\(word)")
        }
    }

    @Test func noWordOfASeedPersonIsListed() {
        let people = SeedPersonWords.all
        #expect(!people.isEmpty)
        for word in people {
            #expect(WikiNameWords.shipped.classes(of: FeatureHash.value(ArabicNormalizer.normalize(word))).isEmpty, "\(word)")
        }
    }
}

/// Every word of the seeds' gold persons: no lexicon the model reads may list one of them.
enum SeedPersonWords {
    static var all: [String] {
        FixturesSeedGold.articles.flatMap { marked -> [String] in
            let (text, spans) = LabelledMarkup.strip(marked)
            let scalars = Array(text.unicodeScalars)
            return spans.filter { $0.type == .person }
                .flatMap { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])).split(separator: " ").map(String.init) }
        }
    }
}
