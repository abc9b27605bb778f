import ArabicText
@testable import EntityModel
import Testing

/// The model's fast scoring path gives the scores of the plain one (every feature of
/// `FeatureExtractor.forEachToken` looked up and added one at a time, in order) up to float
/// rounding (it adds a word's features into sums first), and the same tags.
@Suite struct FeatureScorerTests {
    /// The emissions of `sentence` as the plain path adds them, from `scores` (feature → row).
    static func plainEmissions(_ facts: [TokenFacts], ruleTags: [String], scores: [UInt64: [Float]]) -> [Float] {
        let T = NERTag.count
        var out = [Float](repeating: 0, count: facts.count * T)
        FeatureExtractor().forEachToken(of: facts, ruleTags: ruleTags) { i, features in
            for f in features {
                guard let row = scores[f] else { continue }
                for t in 0..<T { out[i * T + t] += row[t] }
            }
        }
        return out
    }

    static func scorerEmissions(_ facts: [TokenFacts], ruleTags: [String], weights: ModelWeights) -> [Float] {
        var out = [Float](repeating: 0, count: facts.count * NERTag.count)
        out.withUnsafeMutableBufferPointer { weights.scorer.addScores(of: facts, ruleTags: ruleTags, into: $0) }
        return out
    }

    /// Some weights with `every`-th of the shipped features (another table, other rows).
    static func thinned(_ weights: ModelWeights, every: Int) -> ModelWeights {
        let entries = weights.table.entries().enumerated().filter { $0.offset % every == 0 }.map(\.element)
        return ModelWeights(features: entries.map(\.feature), emission: entries.flatMap(\.scores),
                            transition: weights.transition, nameStarts: [:])
    }

    @Test func scorerGivesTheScoresOfEachFeatureInTurn() throws {
        let shipped = try #require(ModelWeights.shipped)
        let thin = Self.thinned(shipped, every: 3)
        let text = LabelledMarkup.strip(FixturesUnseenNews.paragraphs).text
        let rules = EntityEvidence.ruleMentions(in: text).map(\.mention)
        var extractor = FeatureExtractor()
        var compared = 0
        // Twice with the shipped weights (the second time from the sums kept with each word),
        // then with other weights (the kept sums are of another table and must not be used).
        for weights in [shipped, shipped, thin] {
            let scores = Dictionary(uniqueKeysWithValues: weights.table.entries().map { ($0.feature, $0.scores) })
            for sentence in ModelTokenizer.sentences(in: Array(text.unicodeScalars)) {
                let ruleTags = FeatureExtractor.ruleTags(tokens: sentence.map { ($0.start, $0.end) }, mentions: rules)
                let facts = extractor.facts(of: sentence.map(\.text))
                let plain = Self.plainEmissions(facts, ruleTags: ruleTags, scores: scores)
                let fast = Self.scorerEmissions(facts, ruleTags: ruleTags, weights: weights)
                // Scores reach a few hundred; float rounding of ~60 terms moves them by far less.
                let worst = zip(fast, plain).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
                #expect(worst < 1e-4)
                #expect(ViterbiDecoder.decode(flatEmissions: fast, transition: weights.transition)
                        == ViterbiDecoder.decode(flatEmissions: plain, transition: weights.transition))
                compared += facts.count
            }
        }
        #expect(compared > 1_000)
        #expect(ruleTagsOf(rules, text: text).contains { $0 != "O" })
    }

    /// Some of the rules' tags are not `O` (the rule features are exercised).
    func ruleTagsOf(_ rules: [EntityMention], text: String) -> [String] {
        ModelTokenizer.sentences(in: Array(text.unicodeScalars)).flatMap { sentence in
            FeatureExtractor.ruleTags(tokens: sentence.map { ($0.start, $0.end) }, mentions: rules)
        }
    }

    @Test func tableRowsAreTheScoresOfTheirFeatures() {
        let T = NERTag.count
        let weights = ModelWeights(features: [42, 7, 0], emission: (0..<(3 * T)).map(Float.init),
                                   transition: [Float](repeating: 0, count: (T + 1) * T), nameStarts: [:])
        var scores = [Float](repeating: 0, count: T)
        // An unknown feature, fingerprint 0 (never stored) and a known one twice: its row twice.
        scores.withUnsafeMutableBufferPointer { weights.table.addScores(of: [99, 0, 7, 7], into: $0, at: 0) }
        // Scores are quantised (`FeatureTable`): steps of the largest weight / 32,767, each score
        // within half a step of its weight, so two rows within a step of twice their weights.
        let step = weights.table.scale
        #expect(step == Float(3 * T - 1) / 32_767)
        #expect(zip(scores, (T..<(2 * T)).map { Float($0) * 2 }).allSatisfy { abs($0 - $1) <= step })
        #expect(weights.table.row(of: 99) == weights.table.unknownRow)
        #expect(weights.table.row(of: 0) == weights.table.unknownRow)
    }

    @Test func wordFactsMemoryKeepsEveryWordThroughGrowth() {
        var memory = WordFactsMemory()
        let words = (0..<5_000).map { "كلمة\($0)" }
        var kept: [TokenFacts] = []
        for w in words {
            let facts = TokenFacts(w)
            memory.insert(facts, for: FeatureHash.value(w))
            kept.append(facts)
        }
        #expect(memory.count == words.count)
        #expect(zip(words, kept).allSatisfy { memory[FeatureHash.value($0)] === $1 })
        #expect(memory[FeatureHash.value("غائبة")] == nil)
    }
}
