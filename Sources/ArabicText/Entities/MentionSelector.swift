/// Settles overlaps between rule candidates (strongest rule first, then the longer span), and
/// adds what the chosen names imply: appositive quoted names and re-mentions.
struct MentionSelector {
    private(set) var chosen: [Candidate] = []
    /// Which scalars a chosen candidate covers.
    private var covered: [Bool]

    init(scalarCount: Int) {
        covered = Array(repeating: false, count: scalarCount)
    }

    /// The non-overlapping candidates that win.
    static func select(_ candidates: [Candidate], scalarCount: Int) -> MentionSelector {
        var selector = MentionSelector(scalarCount: scalarCount)
        let ordered = candidates.sorted {
            ($0.priority, $0.end - $0.start, -$0.start) > ($1.priority, $1.end - $1.start, -$1.start)
        }
        for candidate in ordered { selector.add(candidate) }
        return selector
    }

    /// Adds `candidate` when its span is still free.
    @discardableResult
    mutating func add(_ candidate: Candidate) -> Bool {
        guard candidate.start < candidate.end, !covered[candidate.start..<candidate.end].contains(true) else { return false }
        for p in candidate.start..<candidate.end { covered[p] = true }
        chosen.append(candidate)
        return true
    }

    /// Quoted names right after a chosen mention take its type.
    mutating func addAppositives(_ quoted: [Candidate], in view: TextView) {
        for var q in quoted {
            guard let before = chosen.filter({ $0.end <= q.start }).max(by: { $0.end < $1.end }) else { continue }
            let gap = view.scalars[before.end..<q.start]
            let adjacent = gap.count <= 3 && gap.allSatisfy { FunctionWords.isSpace($0) || QuoteRule.pairs[$0] != nil }
            guard adjacent || Self.isAliasCue(gap) else { continue }
            q.type = before.type
            q.appositive = false
            add(q)
        }
    }

    /// Words that introduce a second name of the mention before them (`محمد … المعروف بـ«X»`،
    /// `تنظيم … الملقب باسم "X"`), normalised with spaces, tatweel and quotation marks removed.
    /// Source: hand-compiled general knowledge of Arabic news style.
    static let aliasCues: Set<String> = {
        var cues: Set<String> = []
        for word in ["المعروف", "المعروفه", "الملقب", "الملقبه", "المكني", "المكناه", "الشهير", "الشهيره"] {
            for tail in ["ب", "باسم"] { cues.insert(word + tail) }
        }
        return cues
    }()

    /// Whether the scalars between a mention and a quote are an alias cue (`المعروف بـ«`).
    static func isAliasCue(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        guard gap.count <= 20 else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: gap.filter { !FunctionWords.isSpace($0) && QuoteRule.pairs[$0] == nil && $0 != "\u{00BB}" })
        return aliasCues.contains(ArabicNormalizer.normalize(String(view)))
    }

    /// Re-mentions of chosen names elsewhere in the text, and a person's surname alone.
    mutating func addPropagated(in view: TextView) {
        // The chosen names' words, with the surnames they imply; the first type of a name counts.
        var found: [(words: [String], type: EntityType)] = []
        for c in chosen {
            let words = view.keys(from: c.start, to: c.end)
            guard !words.isEmpty else { continue }
            found.append((words, c.type))
            if c.type == .person, words.count >= 2, let surname = words.last, surname.count >= 3,
               !PersonLexicon.arabicGivenNames.contains(surname), Gazetteer.shared.entries[surname] == nil,
               !PersonLexicon.nameParticles.contains(words[words.count - 2]) || words.count > 2 {
                found.append(([surname], .person))
            }
        }
        // Plain words (`PlainKey`) are equal as `String`s exactly when their bytes are: then the
        // names are told apart and looked up by their bytes' fingerprints, not by `String` hashing.
        let plain = found.allSatisfy { $0.words.allSatisfy { PlainKey.letterCount($0) != nil } }
        let names = plain ? Self.firstOfEachByBytes(found) : Self.firstOfEach(found)
        let multi = names.filter { $0.words.count > 1 || $0.words[0].count >= 3 && !FunctionWords.words.contains($0.words[0]) }
        guard !multi.isEmpty else { return }
        var byFirstWord: [String: [(words: [String], type: EntityType)]] = [:]
        var byFirstBytes = WordMap<[(words: [String], type: EntityType)]>()
        let firstWords = WordSet(multi.map { $0.words[0] })
        for name in multi {
            if plain {
                byFirstBytes[name.words[0]] = (byFirstBytes[name.words[0]] ?? []) + [name]
            } else {
                byFirstWord[name.words[0], default: []].append(name)
            }
        }
        for i in view.tokens.indices {
            for f in view.forms[i] where firstWords.contains(f.word) {
                // No two names match at once with as many words: they would be the same name.
                let candidates = plain ? byFirstBytes[f.word] ?? [] : byFirstWord[f.key] ?? []
                let best = candidates.filter { matches($0.words, at: i, in: view) }.max { $0.words.count < $1.words.count }
                guard let (words, type) = best else { continue }
                let last = i + words.count - 1
                if add(Candidate(type: type, start: view.tokens[i].start + f.skip, end: view.tokens[last].end,
                                 priority: Candidate.Strength.propagated)) { break }
            }
        }
    }

    /// Each distinct name of `found` with its first type (names compared as `String` arrays).
    private static func firstOfEach(_ found: [(words: [String], type: EntityType)]) -> [(words: [String], type: EntityType)] {
        var seen = Set<[String]>()
        return found.filter { seen.insert($0.words).inserted }
    }

    /// `firstOfEach` for names of plain words, compared by their bytes.
    private static func firstOfEachByBytes(_ found: [(words: [String], type: EntityType)]) -> [(words: [String], type: EntityType)] {
        var seen = WordSet()
        return found.filter { name in
            let joined = name.words.count == 1 ? name.words[0] : name.words.joined(separator: " ")
            guard !seen.contains(joined) else { return false }
            seen.insert(joined)
            return true
        }
    }

    private func matches(_ words: [String], at i: Int, in view: TextView) -> Bool {
        let last = i + words.count - 1
        guard last < view.tokens.count, view.isContiguous(i, last) else { return false }
        for k in 1..<max(words.count, 1) where k < words.count && !KeyAffixes.equals(view.tokens[i + k].normalized, words[k]) { return false }
        // A lone surname right after a given name is someone else's name (`علي الحسيني`).
        if words.count == 1, i > 0, !view.breakAfter[i - 1], view.givenNameForm(i - 1) != nil { return false }
        return true
    }

    /// The chosen candidates as mentions with the strength of the rule that found each, in text order.
    func mentionsWithStrength(in view: TextView) -> [(mention: EntityMention, strength: Int)] {
        chosen.sorted { $0.start < $1.start }.map {
            (EntityMention(type: $0.type, name: $0.name ?? view.text($0.start, $0.end), start: $0.start, end: $0.end, role: $0.role),
             $0.priority)
        }
    }

    /// The chosen candidates as mentions, in text order.
    func mentions(in view: TextView) -> [EntityMention] {
        chosen.sorted { $0.start < $1.start }.map {
            EntityMention(type: $0.type, name: $0.name ?? view.text($0.start, $0.end), start: $0.start, end: $0.end, role: $0.role)
        }
    }
}
