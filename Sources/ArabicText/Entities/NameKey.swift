/// The matching key of a name: spelling variants that name the same entity get the same key
/// (`اسماعيل`/`إسماعيل`, `أبو الغيط`/`أبوالغيط`, `الأميركية`/`الأمريكية`, `أميركا`/`الولايات المتحدة`,
/// `داعش`/`تنظيم الدولة الإسلامية`, `جماعة X`/`X`).
enum NameKey {
    /// Particles written either joined to or apart from the next word.
    static let joinable = WordTable.set("ابو أبو عبد بو")

    /// The normalised words of `name`, with joinable particles glued to the word after them.
    static func words(_ name: String) -> [String] {
        // The Foundation replacements run only when there is something to replace.
        let spaced = name.utf8.contains(UInt8(ascii: "_")) ? name.replacingOccurrences(of: "_", with: " ") : name
        var normalized = ArabicNormalizer.normalize(spaced)
        if normalized.utf8.count >= american.count, containsBytes(normalized.utf8, american) {
            normalized = normalized.replacingOccurrences(of: "اميرك", with: "امريك")
        }
        let raw = normalized
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var result: [String] = []
        var i = 0
        while i < raw.count {
            if joinable.contains(raw[i]), i + 1 < raw.count {
                result.append(raw[i] + raw[i + 1])
                i += 2
            } else {
                result.append(raw[i])
                i += 1
            }
        }
        return result
    }

    private static let american = Array("اميرك".utf8)

    private static func containsBytes(_ haystack: String.UTF8View, _ needle: [UInt8]) -> Bool {
        let bytes = Array(haystack)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Whether `حركة`/`جماعة`/`تنظيم` may be left out before `rest` when names are compared:
    /// not before one definite word that is no well-known organisation, which is as often a
    /// common noun or another body (`حركة الشباب`, the Somali group, ≠ `الشباب`, a Saudi club;
    /// `تنظيم القاعدة` = `القاعدة`, `جماعة الإخوان` = `الإخوان`).
    static func headIsDroppable(before rest: ArraySlice<String>) -> Bool {
        guard rest.count == 1, let word = rest.first, word.hasPrefix("ال") else { return true }
        return OrganizationLexicon.wellKnownSet.contains(word)
    }

    /// Places whose written shadda tells them from another place the normaliser makes them equal
    /// to: `عمّان` (Amman, GeoNames 250441) is not `عمان`/`عُمان` (Oman, the gazetteer's reading of
    /// the bare letters). Source: the cities' own spelling.
    static let shaddaDistinguished: [String: String] = ["عمّان": "#250441"]

    /// `name` without its harakat but with its shaddas (U+0651), tatweel left out.
    static func withShaddaOnly(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in name.unicodeScalars where s == "\u{0651}" || !((0x064B...0x0652).contains(s.value) || s.value == 0x0670 || s.value == 0x0640) {
            scalars.append(s)
        }
        return String(scalars)
    }

    /// The words joined, a last word that is a definite sound plural in its oblique case written
    /// in the nominative (`الحوثيين` → `الحوثيون`): an organisation named by a plural is one
    /// name in both cases. Keys only; the names shown are the ones the texts write.
    static func nominative(_ words: [String]) -> String {
        guard var last = words.last, last.hasPrefix("ال"), last.hasSuffix("ين"), last.unicodeScalars.count >= 6 else {
            return words.joined(separator: " ")
        }
        last = String(last.unicodeScalars.dropLast(2)) + "ون"
        return (words.dropLast() + [last]).joined(separator: " ")
    }

    /// The key of a name of type `type`.
    static func key(_ name: String, type: EntityType) -> String {
        let words = words(name)
        let plain = words.joined(separator: " ")
        switch type {
        case .location:
            if name.unicodeScalars.contains("\u{0651}"), let group = shaddaDistinguished[withShaddaOnly(name)] {
                return "loc:" + group
            }
            let normalized = ArabicNormalizer.normalize(name)
            if let entry = Gazetteer.shared.entries[normalized], !entry.isVariant { return "loc:" + entry.group }
            return "loc:" + plain
        case .organization:
            if let canonical = OrganizationLexicon.equivalences[plain] {
                return "org:" + ArabicNormalizer.normalize(canonical)
            }
            if words.count > 1, OrganizationLexicon.droppableHeads.contains(words[0]), headIsDroppable(before: words.dropFirst()) {
                let rest = words.dropFirst().joined(separator: " ")
                if let canonical = OrganizationLexicon.equivalences[rest] { return "org:" + ArabicNormalizer.normalize(canonical) }
                return "org:" + nominative(Array(words.dropFirst()))
            }
            return "org:" + nominative(words)
        case .person:
            return "per:" + plain
        }
    }
}
