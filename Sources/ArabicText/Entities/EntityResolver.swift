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
        resolve(documents, keys: documents.enumerated().map { keys(of: $1, scope: String($0)) })
    }

    /// The grouping key of each mention of one document: its `NameKey`, a lone surname of a
    /// person replaced by the key of the one full name of the document that ends with it.
    /// Depends on that document alone, so a corpus can keep it per document.
    /// A person's given name alone (`EntityMention.isLocal`) is keyed within `scope` (the
    /// document's own id), `per:محمد` + `localMark` + scope: one person of that document, never
    /// joined across documents or to a full name (`PersonVariantIndex` leaves such keys out).
    public static func keys(of mentions: [EntityMention], scope: String) -> [String] {
        let keys = mentions.map { NameKey.key($0.name, type: $0.type) }
        let surnames = surnameOwners(mentions, keys: keys)
        let hasLocal = mentions.contains { $0.isLocal && $0.type == .person }
        guard !surnames.isEmpty || hasLocal else { return keys }
        return mentions.indices.map { m in
            guard mentions[m].type == .person else { return keys[m] }
            if mentions[m].isLocal { return keys[m] + localMark + scope }
            return surnames[keys[m]] ?? keys[m]
        }
    }

    /// What separates a local name's key from its scope (a control character no name holds).
    public static let localMark = "\u{1F}"

    /// Whether a grouping key is a local name's (`keys(of:scope:)`).
    public static func isLocalKey(_ key: String) -> Bool {
        key.utf8.contains(0x1F)
    }

    /// `resolve(documents)` with each document's grouping keys already computed (`keys(of:)`).
    public static func resolve(_ documents: [[EntityMention]], keys: [[String]]) -> [ResolvedEntity] {
        resolveKeepingVariants(documents, keys: keys).entities
    }

    /// `resolve(_:keys:)`, and the person keys' counts and merge decisions it used, for a corpus
    /// that updates them after a write (`PersonVariantIndex.update`) instead of resolving again.
    /// Each entity lists its grouping keys (`ResolvedEntity.keys`).
    public static func resolveKeepingVariants(_ documents: [[EntityMention]], keys: [[String]])
        -> (entities: [ResolvedEntity], variants: PersonVariantIndex) {
        var order: [String] = []
        var groups: [String: [MentionReference]] = [:]
        for (d, documentKeys) in keys.enumerated() {
            for (m, key) in documentKeys.enumerated() {
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(MentionReference(document: d, mention: m))
            }
        }
        let variants = PersonVariantIndex(counts: groups.mapValues(\.count))
        var joined: [String: [String]] = [:]
        for (from, to) in variants.merges.sorted(by: { $0.key < $1.key }) where groups[to] != nil {
            groups[to, default: []] += groups[from] ?? []
            groups[from] = nil
            joined[to, default: []].append(from)
        }
        let entities = order.compactMap { key -> ResolvedEntity? in
            guard let refs = groups[key] else { return nil }
            var resolved = entity(refs.sorted { ($0.document, $0.mention) < ($1.document, $1.mention) }, in: documents)
            resolved.keys = [key] + (joined[key] ?? [])
            return resolved
        }
        return (entities, variants)
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
        let name = canonicalName(forms, counts: { counts[$0] ?? 0 }) ?? ""
        let type = documents[refs[0].document][refs[0].mention].type
        return ResolvedEntity(name: name, type: type, aliases: forms.filter { $0 != name }, mentions: refs, roles: roles)
    }

    /// The canonical name among `forms` (in order of first appearance) with their mention
    /// counts: the first of the highest `rank` among the forms seen at least a twentieth as often
    /// as the commonest (one run-on span, `أحمد داود أوغلو منتصف` once beside `أحمد داود أوغلو`
    /// 49 times, does not name the entity).
    public static func canonicalName(_ forms: [String], counts: (String) -> Int) -> String? {
        let floor = max(1, (forms.map(counts).max() ?? 0) / 20)
        return forms.filter { counts($0) >= floor }.max { a, b in rank(a, counts(a)) < rank(b, counts(b)) }
    }

    /// Fullest first (most words), then most frequent, then with hamza written (`إسماعيل`).
    static func rank(_ form: String, _ count: Int) -> (Int, Int, Int) {
        let words = form.split(separator: " ").count
        let hamzas = form.unicodeScalars.filter { (0x0622...0x0626).contains($0.value) }.count
        return (words, count, hamzas)
    }
}
