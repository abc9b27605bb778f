import Foundation

extension CorpusEntity {
    /// The aliases a reader can tell apart: one per spelling once Arabic presentation forms
    /// (NFKC), tatweel and harakat are set aside, and none that reads as the name itself. The
    /// first form seen is kept. (`aliases` keeps every form: mentions point into it.)
    public var distinctAliases: [String] {
        var seen: Set<String> = [Self.displayKey(name)]
        return aliases.filter { seen.insert(Self.displayKey($0)).inserted }
    }

    /// `text` as it looks: compatibility forms composed, tatweel, harakat and Quranic marks
    /// dropped, white space collapsed. Letters (hamza forms, taa marbuta) stay distinct.
    static func displayKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x200C...0x200F, 0xFEFF:
                continue
            default:
                if scalar.properties.isWhitespace {
                    space = !out.isEmpty
                } else {
                    if space { out.append(" ") }
                    space = false
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }
}
