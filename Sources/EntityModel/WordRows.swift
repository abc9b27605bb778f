/// The table rows of the features of one word that depend on that word alone: its own features
/// and those it gives its neighbours (as the previous word, the next, two before, two after).
/// Looked up once per distinct word and kept with its facts, so `FeatureScorer` hashes and looks
/// up per token only the features that join two words or the rules' tags.
struct WordRows {
    /// The groups, in the order `FeatureScorer` reads them; each holds the rows of the features
    /// the table knows, in `FeatureExtractor.forEachToken`'s order (templates in brackets).
    enum Group: Int, CaseIterable {
        case own            // [2, 3]
        case asPrevious     // [4]
        case asNext         // [5]
        case asSecondBefore // [6]
        case asSecondAfter  // [7]
        case ownStripped      // [10 …]
        case strippedAsPrevious // [11 …]
        case strippedAsNext     // [12 …]
        case ownAffixes         // [13 …, 14 …, 15 …]
        case affixesAsPrevious  // [28, 37, 35]
        case affixesAsNext      // [29, 38, 36]
        case ownShape           // [16]
        case ownClasses         // [18] one row a class, the row of zeros when unknown
        case classesAsPrevious  // [19 …]
        case classesAsNext      // [20 …]
        case classesAsSecondBefore // [21 …]
        case classesAsSecondAfter  // [22 …]
    }

    /// The table the rows are of.
    let table: FeatureTable.Identity
    /// `rows[g]`: the end of group `g` in `rows`; the groups follow, one after the other.
    let rows: [Int32]

    /// Where group `g`'s rows are in `rows`.
    @inline(__always)
    func range(_ g: Group) -> Range<Int> {
        let g = g.rawValue
        return (g == 0 ? Group.allCases.count : Int(rows[g - 1])) ..< Int(rows[g])
    }

    /// The rows of `facts`' one-word features in `table`.
    init(_ t: TokenFacts, in table: FeatureTable) {
        self.table = table.identity
        let groups = Group.allCases.count
        let most = groups + 24 + 3 * t.stripped.count + 5 * t.classes.count
            + t.basePrefixes.count + t.baseSuffixes.count + t.keyPrefixes.count
        // Gathered in a scratch buffer, then copied into an array of just the right size (kept
        // for as long as the word is remembered).
        self.rows = withUnsafeTemporaryAllocation(of: Int32.self, capacity: most) { rows in
            var count = groups, group = 0
            let unknown = table.unknownRow
            func add(_ feature: UInt64) {
                let r = table.row(of: feature)
                if r != unknown { rows[count] = r; count += 1 }
            }
            func end() {
                rows[group] = Int32(count)
                group += 1
            }
            typealias H = FeatureHash
            add(H.of(2, t.surface)); add(H.of(3, t.key)); end()
            add(H.of(4, t.key)); end()
            add(H.of(5, t.key)); end()
            add(H.of(6, t.key)); end()
            add(H.of(7, t.key)); end()
            for s in t.stripped { add(H.of(10, s)) }; end()
            for s in t.stripped { add(H.of(11, s)) }; end()
            for s in t.stripped { add(H.of(12, s)) }; end()
            for p in t.basePrefixes { add(H.of(13, p)) }
            for s in t.baseSuffixes { add(H.of(14, s)) }
            for p in t.keyPrefixes { add(H.of(15, p)) }
            end()
            add(H.of(28, t.suffix2))
            if let s3 = t.suffix3 { add(H.of(37, s3)) }
            add(H.of(35, t.surface)); end()
            add(H.of(29, t.prefix2))
            if let p3 = t.prefix3 { add(H.of(38, p3)) }
            add(H.of(36, t.surface)); end()
            add(H.of(16, t.shape)); end()
            for c in t.classes { rows[count] = table.row(of: H.of(18, c)); count += 1 }; end()
            for c in t.classes { add(H.of(19, c)) }; end()
            for c in t.classes { add(H.of(20, c)) }; end()
            for c in t.classes { add(H.of(21, c)) }; end()
            for c in t.classes { add(H.of(22, c)) }; end()
            precondition(group == groups && count <= most)
            return Array(UnsafeBufferPointer(rebasing: rows[0..<count]))
        }
    }
}
