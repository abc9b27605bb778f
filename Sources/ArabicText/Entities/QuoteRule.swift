/// Finds names set off by quotation marks (“…”, "…", «…») or written as hashtags (`#X_Y`).
/// The type comes from a cue before the quote (a head or title), from the quoted words
/// themselves (a head, a gazetteer name, a given name), or from a `.نت`-style site name.
enum QuoteRule {
    /// Opening and closing quotation marks.
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["\u{201C}": "\u{201D}", "\"": "\"", "\u{00AB}": "\u{00BB}", "\u{201D}": "\u{201D}"]
    /// The closing mark of an opening quotation mark (`pairs[s]`, without hashing).
    @inline(__always)
    static func closer(of s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x201C, 0x201D: return "\u{201D}"
        case 0x22: return "\""
        case 0xAB: return "\u{00BB}"
        default: return nil
        }
    }

    /// The most words a quoted name may have.
    static let maxWords = 7

    /// The quoted and hashtag candidates of `view`.
    static func candidates(in view: TextView) -> [Candidate] {
        var result: [Candidate] = []
        let s = view.scalars
        var tokenIndex = 0
        var p = 0
        while p < s.count {
            if let close = closer(of: s[p]), let q = s[(p + 1)...].prefix(200).firstIndex(where: { $0 == close || $0 == "\n" }), s[q] == close {
                while tokenIndex < view.tokens.count, view.tokens[tokenIndex].start <= p { tokenIndex += 1 }
                var last = tokenIndex
                while last < view.tokens.count, view.tokens[last].end <= q { last += 1 }
                if last > tokenIndex, last - tokenIndex <= maxWords, let c = quoted(view, first: tokenIndex, last: last - 1, open: p, close: q) {
                    result.append(c)
                }
                p = q + 1
            } else if s[p] == "#", p + 1 < s.count, Tokenizer.isWordScalar(s[p + 1]) {
                var q = p + 1
                while q < s.count, Tokenizer.isWordScalar(s[q]) || s[q] == "_" { q += 1 }
                if let c = hashtag(view, from: p + 1, to: q) { result.append(c) }
                p = q
            } else {
                p += 1
            }
        }
        return result
    }

    /// The type of the quoted tokens `first...last`, or nil when nothing says it is a name.
    static func quoted(_ view: TextView, first: Int, last: Int, open: Int, close: Int) -> Candidate? {
        guard view.isContiguous(first, last) || view.text(open + 1, close).contains(".") else { return nil }
        let start = view.tokens[first].start
        let end = view.tokens[last].end
        var type = inherentType(view, first: first, last: last)
        if type == nil, first > 0, view.tokens[first - 1].end <= open {
            let cue = first - 1
            if view.form(cue, .constructHead) != nil { type = .organization }
            else if view.titleForm(cue) != nil { type = .person }
            else if view.form(cue, [.adminHead, .facilityHead]) != nil { type = .location }
        }
        if type == nil, view.text(open + 1, close).hasSuffix(".نت") || view.text(open + 1, close).hasSuffix(".كوم") { type = .organization }
        guard let type else {
            guard last - first < 3, (first...last).allSatisfy({ view.isNameWord($0) }) else { return nil }
            return Candidate(type: .organization, start: start, end: end, priority: 0, appositive: true)
        }
        if type == .person, !(first...last).allSatisfy({ view.isNameWord($0) || view.isParticle($0) }) { return nil }
        return Candidate(type: type, start: start, end: end, priority: Candidate.Strength.quoted)
    }

    /// The type the words themselves announce: a head, a whole gazetteer name, a given name.
    static func inherentType(_ view: TextView, first: Int, last: Int) -> EntityType? {
        if view.word(first, is: .constructHead) || view.word(first, is: .definiteHead) && last > first {
            return .organization
        }
        if let hit = view.place(at: first), first + hit.words - 1 == last, hit.form.skip == 0 { return .location }
        if OrganizationRule.wellKnown(view, at: first)?.next == last + 1 { return .organization }
        if last > first, view.givenNameForm(first)?.skip == 0, (first...last).allSatisfy({ view.isNameWord($0) || view.isParticle($0) }) {
            return .person
        }
        return nil
    }

    /// A hashtag's words (`#حسن_الإمام`), typed by what they are; the name joins them with spaces.
    static func hashtag(_ view: TextView, from start: Int, to end: Int) -> Candidate? {
        guard let first = view.tokens.firstIndex(where: { $0.start == start }) else { return nil }
        var last = first
        while last + 1 < view.tokens.count, view.tokens[last + 1].end <= end { last += 1 }
        let name = view.text(start, end).replacingOccurrences(of: "_", with: " ")
        guard last > first || view.place(at: first) != nil else { return nil }
        guard let type = inherentType(view, first: first, last: last) else { return nil }
        return Candidate(type: type, start: start, end: end, priority: Candidate.Strength.quoted, name: name)
    }
}
