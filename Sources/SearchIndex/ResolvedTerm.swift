import ArabicText

/// A query term mapped to the index's keys. A word whose stem the index lacks cannot match;
/// a phrase with such a word cannot either.
enum ResolvedTerm: Sendable {
    /// A word: its exact-form variant (for the exact-form bonus) and its stem key.
    case word(variant: UInt32?, stem: UInt32?)
    /// Consecutive stems.
    case phrase([UInt32?])

    /// Stem keys that highlighting looks for.
    var stems: [UInt32?] {
        switch self {
        case .word(_, let stem): return [stem]
        case .phrase(let stems): return stems
        }
    }
}

extension TermVocabulary {
    /// The keys of a query term; two-word phrases that are compound names (`ابو X`) become the
    /// joined word, which the index holds for both spellings.
    func resolve(_ term: SearchQuery.Term) -> ResolvedTerm {
        let words = term.words.map(HamzaDistinctions.searchForm).filter { !$0.isEmpty }
        if words.count == 2, NameCompounds.leadingWords.contains(words[0]) {
            return resolveWord(words[0] + words[1])
        }
        if words.count == 1 { return resolveWord(words[0]) }
        return .phrase(words.map { keys(of: $0).stem })
    }

    private func resolveWord(_ word: String) -> ResolvedTerm {
        let k = keys(of: word)
        return .word(variant: k.variant, stem: k.stem)
    }
}

extension SearchQuery {
    /// The clauses with consecutive single-word clauses `ابو` + `X` merged into the phrase
    /// `"ابو X"`, so an unquoted compound name matches both its spellings.
    var joiningCompoundNames: [Clause] {
        var result: [Clause] = []
        var i = 0
        while i < clauses.count {
            if i + 1 < clauses.count,
               clauses[i].alternatives.count == 1, clauses[i + 1].alternatives.count == 1,
               case .word(let head) = clauses[i].alternatives[0],
               case .word(let next) = clauses[i + 1].alternatives[0],
               NameCompounds.leadingWords.contains(ArabicNormalizer.normalize(head)) {
                result.append(Clause(alternatives: [.phrase([head, next])]))
                i += 2
            } else {
                result.append(clauses[i])
                i += 1
            }
        }
        return result
    }
}
