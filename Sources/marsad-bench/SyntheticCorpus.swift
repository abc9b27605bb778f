import Foundation
import NewsCorpus

/// Generates a deterministic synthetic Arabic news corpus: sentences of the seed articles
/// recombined into new articles, with seed place names swapped for other Arab cities and
/// generated sentences that vary people's names, places and dates (Arabic month names).
struct SyntheticCorpus {
    /// One generated article before loading: its id and raw file text.
    struct RawArticle {
        var id: String
        var text: String
    }

    let sentences: [String]

    /// Splits the seed articles of `seedFolder` into sentences (read at run time).
    init(seedFolder: String) throws {
        let loaded = try CorpusLoader.load(directory: seedFolder)
        var sentences: [String] = []
        for article in loaded.articles {
            let scalars = Array(article.text.unicodeScalars)
            for span in article.sentences {
                let text = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                if text.unicodeScalars.count >= 20 { sentences.append(text) }
            }
        }
        precondition(!sentences.isEmpty, "no sentences in \(seedFolder)")
        self.sentences = sentences
    }

    /// `count` raw articles, the same for the same `seed`; ids `syn000000`….
    func generate(count: Int, seed: UInt64 = 2024) -> [RawArticle] {
        var stream = stream(seed: seed)
        return stream.next(count)
    }

    /// The same articles as `generate`, a batch at a time: a loader reads files one by one, so
    /// the benchmark need not hold the whole raw corpus beside the loaded one.
    func stream(seed: UInt64 = 2024) -> Stream {
        Stream(corpus: self, rng: SplitMix64(seed: seed))
    }

    /// Generates articles in order, continuing where the last batch ended.
    struct Stream {
        let corpus: SyntheticCorpus
        var rng: SplitMix64
        var produced = 0

        mutating func next(_ count: Int) -> [RawArticle] {
            (0..<count).map { _ in
                let i = produced
                produced += 1
                return RawArticle(id: "syn" + String(repeating: "0", count: max(0, 6 - String(i).count)) + String(i),
                                  text: corpus.article(&rng))
            }
        }
    }

    /// One article of 2–6 KB: a heading, then paragraphs of 2–5 sentences.
    fileprivate func article(_ rng: inout SplitMix64) -> String {
        let target = rng.int(in: 2000...6000)
        var text = headline(&rng) + "\n\n"
        var bytes = 0
        while bytes < target {
            var paragraph: [String] = []
            for _ in 0..<rng.int(in: 2...5) {
                paragraph.append(rng.chance(0.3) ? generatedSentence(&rng) : seedSentence(&rng))
            }
            let joined = paragraph.joined(separator: " ")
            bytes += joined.utf8.count
            text += joined + "\n\n"
        }
        return text
    }

    private func headline(_ rng: inout SplitMix64) -> String {
        let V = SyntheticVocabulary.self
        switch rng.int(in: 0...2) {
        case 0: return "\(rng.pick(V.givenNames)) \(rng.pick(V.familyNames)) يزور \(rng.pick(V.cities))"
        case 1: return "\(rng.pick(V.organizations)) تبحث الأوضاع في \(rng.pick(V.cities))"
        default: return "أحداث \(rng.pick(V.cities)) في \(rng.pick(V.months)) \(rng.int(in: 1990...2024))"
        }
    }

    /// A seed sentence, its seed places swapped for random cities half of the time.
    private func seedSentence(_ rng: inout SplitMix64) -> String {
        var sentence = rng.pick(sentences)
        for place in SyntheticVocabulary.seedPlaces where rng.chance(0.5) && sentence.contains(place) {
            sentence = sentence.replacingOccurrences(of: place, with: rng.pick(SyntheticVocabulary.cities))
        }
        return sentence
    }

    /// A sentence naming a person, a place and a date.
    private func generatedSentence(_ rng: inout SplitMix64) -> String {
        let V = SyntheticVocabulary.self
        let person = "\(rng.pick(V.givenNames)) \(rng.pick(V.familyNames))"
        let city = rng.pick(V.cities)
        let month = rng.pick(V.months)
        let year = rng.int(in: 1980...2024)
        switch rng.int(in: 0...2) {
        case 0:
            return "و\(rng.pick(V.verbs)) \(rng.pick(V.titles)) \(person) في \(city) يوم \(rng.int(in: 1...28)) \(month) \(year) \(rng.pick(V.topics))."
        case 1:
            return "وفي \(month) \(year) زار \(person) مدينة \(city) برفقة وفد من \(rng.pick(V.organizations))."
        default:
            return "وكانت \(rng.pick(V.organizations)) قد التقت \(person) في \(city) في \(rng.int(in: 1...28)) \(month) الماضي."
        }
    }
}
