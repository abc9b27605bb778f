/// Builds lookup sets from the word lists of the entity tables: words are separated by
/// white space, `_` joins the words of one phrase, and every entry is stored normalised.
enum WordTable {
    /// The normalised entries of `list`, hashed by their bytes (see `WordSet`).
    static func set(_ list: String) -> WordSet {
        WordSet(entries(list))
    }

    /// The normalised entries of `list` with at least `minLetters` letters.
    static func set(minLetters: Int, _ list: String) -> WordSet {
        WordSet(entries(list).filter { $0.count >= minLetters })
    }

    /// The normalised entries of `list`, in order.
    static func entries(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            ArabicNormalizer.normalize($0.replacingOccurrences(of: "_", with: " "))
        }
    }

    /// Pairs `alias<TAB>canonical`, one per line, keyed by the normalised alias.
    static func map(_ list: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in list.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            result[ArabicNormalizer.normalize(String(parts[0]))] = String(parts[1])
        }
        return result
    }
}
