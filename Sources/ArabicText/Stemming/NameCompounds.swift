/// Words that open compound Arabic names and are written both apart and joined
/// (أبو X / أبوX, عبد X / عبدX, بو X / بوX in Maghrebi names).
///
/// Source: common Arabic naming practice (kunya أبو/أم, theophoric عبد, Libyan and Maghrebi بو);
/// normalised spellings.
public enum NameCompounds {
    /// Leading words of compound names, normalised.
    public static let leadingWords: Set<String> = ["ابو", "ابي", "ابا", "عبد", "بو"]
    /// The shortest second part, in letters, for a joined form to be split.
    public static let minimumRemainder = 3

    /// The two parts of a joined compound (`ابوختاله` → (`ابو`, `ختاله`)), or nil.
    public static func split(_ normalized: String) -> (head: String, rest: String)? {
        let scalars = Array(normalized.unicodeScalars)
        for head in leadingWords {
            let h = Array(head.unicodeScalars)
            guard scalars.count >= h.count + minimumRemainder, scalars.starts(with: h) else { continue }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[h.count...])
            return (head, String(rest))
        }
        return nil
    }
}
