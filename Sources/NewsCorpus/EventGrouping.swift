import ArabicText

/// Groups timeline events that report one happening: events of the same date whose sentences
/// share several salient entities and say much the same thing (TF-IDF cosine of their words).
/// A group is a clique — every pair of its events agrees — so weak links never chain unrelated
/// reports together, and it holds at most `maximumArticles` articles.
///
/// Decisions where the issue is silent:
/// - An entity is salient on a date when at most `salientLimit` events of that date name it:
///   a country or a ministry named by hundreds of reports of one day says nothing about which
///   happening they report.
/// - Two events agree when they share two salient entities and their sentences' cosine is at
///   least `minimumCosine`, or share one and the cosine is at least `strongCosine` (a
///   happening with one named actor, reported in nearly the same words).
/// - Events are taken in timeline order; each joins the largest group all of whose events
///   agree with it (ties: the earliest group), else starts its own.
/// - Two events do not agree when each names an entity the other's whole article never
///   mentions — neither the entity nor one sharing a word of its forms (the Secretary-General
///   receiving an envoy, and receiving an ambassador, in the same words): copies of one report
///   name the same actors somewhere. The words forgive the recogniser's boundaries
///   («خارجية فرنسا لوران» against «لوران فابيوس»).
/// - A sentence with fewer than `minimumWords` words besides its date (a dateline: «جدة 5 شوال
///   1436 هـ الموافق 21 يوليو 2015 م واس») says nothing about a happening: never grouped.
struct EventGrouping {
    static let maximumArticles = 20
    static let salientLimit = 60
    static let minimumCosine: Float = 0.3
    static let strongCosine: Float = 0.6
    static let minimumWords = 5

    /// The entity ids of each event (deduplicated, sorted).
    let entities: [[Int32]]
    /// The article of each event.
    let articles: [Int]
    /// The entities each article mentions, by article position.
    let articleEntities: [Set<Int32>]
    /// The words (4 letters or more) of an entity's name and aliases.
    let entityWords: (Int32) -> Set<String>
    /// The sentence words of an event, asked only for events that may join a group.
    let words: (Int) -> [String]

    /// The group of each event, numbered by its first event; `dates` are sorted so that equal
    /// dates are adjacent (events with the same value and precision form one bucket).
    func groups(dates: [TemporalValue]) -> [Int] {
        var group = Array(0..<dates.count)
        let vectors = SentenceVectors(eventCount: dates.count, events: candidateEvents(dates: dates), words: words)
        var cache = Lookups()
        var i = 0
        while i < dates.count {
            var j = i
            while j < dates.count && dates[j] == dates[i] && dates[j].precision == dates[i].precision { j += 1 }
            cluster(i..<j, vectors: vectors, cache: &cache, into: &group)
            i = j
        }
        return group
    }

    /// Events that share at least one salient entity with another event of their date.
    private func candidateEvents(dates: [TemporalValue]) -> Set<Int> {
        var out = Set<Int>()
        var i = 0
        while i < dates.count {
            var j = i
            while j < dates.count && dates[j] == dates[i] && dates[j].precision == dates[i].precision { j += 1 }
            for list in postings(i..<j).values where list.count > 1 { out.formUnion(list) }
            i = j
        }
        return out
    }

    /// The events of `bucket` naming each salient entity.
    private func postings(_ bucket: Range<Int>) -> [Int32: [Int]] {
        var lists: [Int32: [Int]] = [:]
        for x in bucket { for e in entities[x] { lists[e, default: []].append(x) } }
        return lists.filter { $0.value.count <= Self.salientLimit }
    }

    /// Whether events `x` and `y` each name an entity the other's article does not mention.
    private func namesOthersMissing(_ x: Int, _ y: Int, cache: inout Lookups) -> Bool {
        namesMissing(x, fromArticleOf: y, cache: &cache) && namesMissing(y, fromArticleOf: x, cache: &cache)
    }

    /// Whether event `x` names an entity that the article of event `y` does not mention, by id
    /// or by a word shared with the forms of an entity it does mention.
    private func namesMissing(_ x: Int, fromArticleOf y: Int, cache: inout Lookups) -> Bool {
        let other = articleEntities[articles[y]]
        for e in entities[x] where !other.contains(e) {
            let words = cache.words(of: e, from: entityWords)
            if words.isEmpty { continue }
            if !other.contains(where: { !cache.words(of: $0, from: entityWords).isDisjoint(with: words) }) { return true }
        }
        return false
    }

    /// The words of each entity's forms, computed once per grouping.
    private struct Lookups {
        var entityWords: [Int32: Set<String>] = [:]

        mutating func words(of e: Int32, from source: (Int32) -> Set<String>) -> Set<String> {
            if let w = entityWords[e] { return w }
            let w = source(e)
            entityWords[e] = w
            return w
        }
    }

    private func cluster(_ bucket: Range<Int>, vectors: SentenceVectors, cache: inout Lookups, into group: inout [Int]) {
        guard bucket.count > 1 else { return }
        let lists = postings(bucket)
        guard !lists.isEmpty else { return }
        var members: [Int: [Int]] = [:]          // group number → its events
        var groupArticles: [Int: Set<Int>] = [:]
        for x in bucket {
            var shared: [Int: Int] = [:]
            for e in entities[x] { for y in lists[e] ?? [] where y < x { shared[y, default: 0] += 1 } }
            var agreeing = Set<Int>()
            for (y, count) in shared {
                let cosine = vectors.cosine(x, y)
                guard count >= 2 && cosine >= Self.minimumCosine || cosine >= Self.strongCosine,
                      !namesOthersMissing(x, y, cache: &cache) else { continue }
                agreeing.insert(y)
            }
            var best: Int?
            for g in Set(agreeing.map { group[$0] }).sorted() {
                let events = members[g] ?? [g]
                guard events.allSatisfy(agreeing.contains) else { continue }
                let articles = groupArticles[g] ?? [articles[g]]
                guard articles.contains(self.articles[x]) || articles.count < Self.maximumArticles else { continue }
                if best == nil || events.count > (members[best!] ?? [best!]).count { best = g }
            }
            guard let g = best else { continue }
            group[x] = g
            members[g, default: [g]].append(x)
            groupArticles[g, default: [articles[g]]].insert(articles[x])
        }
    }
}
