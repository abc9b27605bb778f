/// Corpus-wide merges of a person's name forms, each only with evidence (a wrong merge is worse
/// than a missed one):
/// - a lone family name joins the full name that ends with it when that full name holds at least
///   90 % of the corpus's full-name mentions ending with it, with at least 5 of them
///   (`أوباما` → `باراك أوباما`, while `سلمان` — a given name — and a surname two people share stay apart);
/// - a name of three words or more joins its only longer form that adds lineage to it
///   (`سلمان بن عبد العزيز` → `سلمان بن عبد العزيز آل سعود`);
/// - a name of two or three words joins the longer name that ends with it under the same rule as a
///   lone family name (90 % of the longer names ending with it, at least 5), if it is rarer than
///   that name (`عبد الله صالح` → `علي عبد الله صالح`, while `محمد علي` stays itself).
/// A word after `بن`, `أبو`… is a father's name, not a family name (`سلمان` ≠ `محمد بن سلمان`).
enum PersonVariants {
    /// Maps person keys to the key they join. Keys are `per:` + normalised words.
    static func merges(counts: [String: Int]) -> [String: String] {
        let persons = counts.filter { $0.key.hasPrefix("per:") }
        var byLastWord: [String: [(key: String, count: Int)]] = [:]
        var byPrefix: [String: [String]] = [:]
        var bySuffix: [String: [(key: String, count: Int)]] = [:]
        for (key, count) in persons {
            let words = key.dropFirst(4).split(separator: " ").map(String.init)
            guard words.count >= 2, let last = words.last else { continue }
            if !PersonLexicon.nameParticles.contains(words[words.count - 2]) {
                byLastWord[last, default: []].append((key, count))
            }
            for cut in max(1, words.count - 3)..<(words.count - 1) where !PersonLexicon.nameParticles.contains(words[cut]) {
                bySuffix["per:" + words[cut...].joined(separator: " "), default: []].append((key, count))
            }
            if words.count >= 4 {
                for cut in 3..<words.count {
                    byPrefix["per:" + words[..<cut].joined(separator: " "), default: []].append(key)
                }
            }
        }
        var result: [String: String] = [:]
        /// The longer name holding 90 % of `longer`'s mentions, with at least 5.
        func dominant(_ longer: [(key: String, count: Int)]) -> (key: String, count: Int)? {
            let total = longer.reduce(0) { $0 + $1.count }
            guard let best = longer.max(by: { ($0.count, $1.key) < ($1.count, $0.key) }),
                  best.count >= 5, Double(best.count) >= 0.9 * Double(total) else { return nil }
            return best
        }
        for (key, count) in persons {
            let words = key.dropFirst(4).split(separator: " ").map(String.init)
            if words.count == 1, let word = words.first, isFamilyName(word), let full = byLastWord[word] {
                if let best = dominant(full) { result[key] = best.key }
            } else if (2...3).contains(words.count), let longer = bySuffix[key], let best = dominant(longer), count < best.count {
                result[key] = best.key
            } else if words.count >= 3, let longer = byPrefix[key] {
                // The longest extension, if every other extension is a prefix of it; or else the
                // extension that holds 90 % of the extensions' mentions (with those that are its
                // prefixes), with at least 5: one odd span (`… آل سعود خادم`) no longer blocks it.
                let sorted = longer.sorted { ($0.count, $0) > ($1.count, $1) }
                if let longest = sorted.first, sorted.allSatisfy({ longest.hasPrefix($0) }) {
                    result[key] = longest
                } else {
                    let total = longer.reduce(0) { $0 + (persons[$1] ?? 0) }
                    if let best = longer.max(by: { (persons[$0] ?? 0, $1) < (persons[$1] ?? 0, $0) }) {
                        let held = longer.filter { best.hasPrefix($0) }.reduce(0) { $0 + (persons[$1] ?? 0) }
                        if persons[best] ?? 0 >= 5, Double(held) >= 0.9 * Double(total) { result[key] = best }
                    }
                }
            }
        }
        // Follow chains (a lone name → a three-word name → its longest form).
        return result.mapValues { target in
            var t = target
            var seen: Set<String> = [t]
            while let next = result[t], seen.insert(next).inserted { t = next }
            return t
        }
    }

    /// A word that can stand for a family name: not a given name, title, place or function word.
    static func isFamilyName(_ word: String) -> Bool {
        word.count >= 3 && !PersonLexicon.arabicGivenNames.contains(word) && !PersonLexicon.foreignGivenNames.contains(word)
            && !PersonLexicon.titles.contains(word) && Gazetteer.shared.entries[word] == nil && !FunctionWords.contains(word)
    }
}
