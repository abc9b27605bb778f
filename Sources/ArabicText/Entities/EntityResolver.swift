/// Groups the mentions of many documents into entities. Pure and deterministic.
///
/// Merges: spelling variants (one `NameKey`); a surname alone with the one full name in the same
/// document that ends with it (`السيسي` → `عبد الفتاح السيسي`); the same key across documents; curated
/// equivalences (`داعش` = `تنظيم الدولة الإسلامية`); a person's forms across the corpus with
/// evidence (`PersonVariants`). Never merges a surname shared by two full
/// names of one document, nor names of different types — a wrong merge is worse than a missed one.
public enum EntityResolver {
    /// The entities named by `documents` (each the mentions of one document), in order of
    /// first mention.
    public static func resolve(_ documents: [[EntityMention]]) -> [ResolvedEntity] {
        var order: [String] = []
        var groups: [String: [MentionReference]] = [:]
        for (d, mentions) in documents.enumerated() {
            let keys = mentions.map { NameKey.key($0.name, type: $0.type) }
            let surnames = surnameOwners(mentions, keys: keys)
            for (m, mention) in mentions.enumerated() {
                var key = keys[m]
                if mention.type == .person, let owner = surnames[key] { key = owner }
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(MentionReference(document: d, mention: m))
            }
        }
        let merges = PersonVariants.merges(counts: groups.mapValues(\.count))
        for (from, to) in merges.sorted(by: { $0.key < $1.key }) where groups[to] != nil {
            groups[to, default: []] += groups[from] ?? []
            groups[from] = nil
        }
        return order.compactMap { key in
            guard let refs = groups[key] else { return nil }
            return entity(refs.sorted { ($0.document, $0.mention) < ($1.document, $1.mention) }, in: documents)
        }
    }

    /// For the one-word person keys of one document: the full name each belongs to, when exactly
    /// one full name of that document ends with it, and not as a father's name (`محمد بن سلمان`
    /// does not own `سلمان`).
    static func surnameOwners(_ mentions: [EntityMention], keys: [String]) -> [String: String] {
        var owners: [String: Set<String>] = [:]
        for (m, mention) in mentions.enumerated() where mention.type == .person {
            let words = NameKey.words(mention.name)
            guard words.count >= 2, let last = words.last,
                  !PersonLexicon.nameParticles.contains(words[words.count - 2]) else { continue }
            owners["per:" + last, default: []].insert(keys[m])
        }
        return owners.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The entity of one group of mentions.
    static func entity(_ refs: [MentionReference], in documents: [[EntityMention]]) -> ResolvedEntity {
        var forms: [String] = []
        var counts: [String: Int] = [:]
        var roles: [String] = []
        for ref in refs {
            let mention = documents[ref.document][ref.mention]
            if counts[mention.name] == nil { forms.append(mention.name) }
            counts[mention.name, default: 0] += 1
            if let role = mention.role, !roles.contains(role) { roles.append(role) }
        }
        // A form much rarer than the commonest (one run-on span, `أحمد داود أوغلو منتصف` once
        // beside `أحمد داود أوغلو` 49 times) does not name the entity.
        let floor = max(1, (counts.values.max() ?? 0) / 20)
        let candidates = forms.filter { (counts[$0] ?? 0) >= floor }
        let name = candidates.max { a, b in rank(a, counts[a] ?? 0) < rank(b, counts[b] ?? 0) } ?? ""
        let type = documents[refs[0].document][refs[0].mention].type
        return ResolvedEntity(name: name, type: type, aliases: forms.filter { $0 != name }, mentions: refs, roles: roles)
    }

    /// Fullest first (most words), then most frequent, then with hamza written (`إسماعيل`), among
    /// the forms seen at least a twentieth as often as the commonest.
    static func rank(_ form: String, _ count: Int) -> (Int, Int, Int) {
        let words = form.split(separator: " ").count
        let hamzas = form.unicodeScalars.filter { (0x0622...0x0626).contains($0.value) }.count
        return (words, count, hamzas)
    }
}
