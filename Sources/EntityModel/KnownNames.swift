import ArabicText
import Foundation

/// Well-known names the model splits or mistypes on real news (`مانشستر يونايتد` as a place and a
/// club, `فيفا` and `تشيلسي` as persons), and words that are no entity of Marsad's types
/// (`أندرويد`, `فيديو`, `الأكراد`): a sourced list, `Resources/known-names.tsv`, applied after
/// decoding. A listed name takes its type wherever it stands, unless a longer mention of that
/// type holds it (`نادي مانشستر يونايتد`); a listed place or person, unless it follows the head
/// of a longer mention of any type (`هيئة قناة السويس`, `حزب بارزاني`). A name listed with its
/// type and `?` (`أبها	location?`) is only a fallback: taken where no mention covers any of its
/// words, left to the model and the text where one does (the club `أبها`, `جامعة تبوك`).
public struct KnownNames: Sendable {
    /// What a listed name is: an entity of a type, or nothing Marsad names.
    enum Kind: Sendable, Equatable { case entity(EntityType), fallback(EntityType), none }

    struct Entry: Sendable {
        /// Fingerprints of the normalised words (`FeatureHash.value`, as `TokenFacts.key`).
        var words: [UInt64]
        var kind: Kind
    }

    /// The entries by their first word's fingerprint, longest first.
    let byFirstWord: [UInt64: [Entry]]
    /// The keys of `byFirstWord`, asked first (most words start no listed name).
    let firstWords: FingerprintSet
    /// A fingerprint of the list's text (an analysis cache made with another list is not used).
    public let fingerprint: UInt64

    /// The table read from `tsv` (`name<TAB>type` lines, `#` comments).
    public init(tsv: String) {
        var table: [UInt64: [Entry]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let words = fields[0].split(separator: " ").map { FeatureHash.value(ArabicNormalizer.normalize(String($0))) }
            let kind: Kind
            switch fields[1].trimmingCharacters(in: .whitespaces) {
            case "none": kind = .none
            case let t where t.hasSuffix("?"):
                guard let type = EntityType(rawValue: String(t.dropLast())) else { continue }
                kind = .fallback(type)
            case let t: guard let type = EntityType(rawValue: t) else { continue }; kind = .entity(type)
            }
            guard let first = words.first else { continue }
            table[first, default: []].append(Entry(words: words, kind: kind))
        }
        byFirstWord = table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        firstWords = FingerprintSet(table.keys)
        fingerprint = FeatureHash.value(tsv)
    }

    /// No names.
    public static let empty = KnownNames(tsv: "")

    /// The shipped list, found beside the shipped weights (`known-names.tsv`); empty when missing.
    public static let shipped = ModelWeights.textBesideShippedWeights("known-names.tsv").map(KnownNames.init(tsv:)) ?? .empty

    public var isEmpty: Bool { byFirstWord.isEmpty }

    /// `mentions` with every listed name of `tokens` given its kind; `facts[i]` are the facts of
    /// `tokens[i]` (words are compared by the fingerprints of their keys).
    func applying(to mentions: [EntityMention], tokens: [ModelToken], facts: [TokenFacts],
                  scalars: [Unicode.Scalar]) -> [EntityMention] {
        guard !isEmpty else { return mentions }
        var out = mentions
        var i = 0
        while i < tokens.count {
            guard let (entry, skip, restores) = match(at: i, tokens: tokens, facts: facts) else { i += 1; continue }
            let last = i + entry.words.count - 1
            let start = tokens[i].start + skip, end = tokens[last].end
            switch entry.kind {
            case .none:
                out.removeAll { $0.start >= tokens[i].start && $0.end <= end }
            case .fallback(let type):
                if !out.contains(where: { $0.start < end && start < $0.end }) {
                    out.append(EntityMention(type: type, name: (restores ? "ا" : "") + String(scalars: scalars[start..<end]),
                                             start: start, end: end))
                }
            case .entity(let type):
                // A place or a person after the head of a longer mention of any type (`هيئة قناة
                // السويس`, `حزب بارزاني`) stays inside it, and a body after the start of a longer
                // place (`مكسيكو سيتي`); a mention that starts with the name is the name. (A listed
                // body still takes its words from a longer person: the list's clubs fix names the
                // model ran into them.)
                let held = out.contains {
                    $0.start <= start && end <= $0.end
                        && ($0.type == type || (type != .organization || $0.type == .location) && $0.start < tokens[i].start)
                }
                if !held {
                    out.removeAll { $0.start < end && start < $0.end }
                    let written = String(scalars: scalars[start..<end])
                    out.append(EntityMention(type: type, name: (restores ? "ا" : "") + written, start: start, end: end))
                }
            }
            i = last + 1
        }
        return out.sorted { $0.start < $1.start }
    }

    /// The longest entry starting at token `i` (its first word whole or after a proclitic).
    func match(at i: Int, tokens: [ModelToken], facts: [TokenFacts]) -> (Entry, skip: Int, restoresArticle: Bool)? {
        // `على` ("on") as written starts no listed name of `علي` (Ali): normalising writes both
        // alike, and `أثنى الوزير على عبدالله صالح` praises the man, it does not name him Ali.
        let ala = Self.isWrittenAla(tokens[i].text)
        func rest(of entry: Entry) -> Bool {
            let last = i + entry.words.count - 1
            return last < tokens.count && !(ala && entry.words.first == Self.ali)
                && (1..<entry.words.count).allSatisfy { facts[i + $0].key == entry.words[$0] }
        }
        if firstWords.contains(facts[i].key), let entries = byFirstWord[facts[i].key], let entry = entries.first(where: rest) {
            return (entry, 0, false)
        }
        // Only when a reading without a proclitic is listed are the readings worked out.
        guard facts[i].stripped.contains(where: firstWords.contains) else { return nil }
        for r in EntityEvidence.procliticReadings(of: tokens[i].text) {
            guard let entries = byFirstWord[FeatureHash.value(r.key)], let entry = entries.first(where: rest) else { continue }
            return (entry, r.skip, r.restoresArticle)
        }
        return nil
    }

    /// The fingerprint of the normalised given name `علي`.
    static let ali = FeatureHash.value(ArabicNormalizer.normalize("علي"))

    /// Whether a word as written ends in the preposition `على` (after a proclitic too: `وعلى`),
    /// harakat aside.
    static func isWrittenAla(_ word: String) -> Bool {
        let letters = word.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) }
        return letters.count >= 3 && letters.suffix(3).elementsEqual("على".unicodeScalars)
    }
}
