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
///
/// Works on one bucket of events (same date value and precision) at a time, numbered from 0.
struct EventGrouping {
    static let maximumArticles = 20
    static let salientLimit = 60
    static let minimumCosine: Float = 0.3
    static let strongCosine: Float = 0.6
    static let minimumWords = 5

    /// The entity ids of each event of the bucket (deduplicated, sorted).
    let entities: [[Int32]]
    /// The article of each event of the bucket.
    let articles: [Int]

    /// The bucket's events naming each salient entity.
    func postings() -> [Int32: [Int]] {
        var lists: [Int32: [Int]] = [:]
        for x in entities.indices { for e in entities[x] { lists[e, default: []].append(x) } }
        return lists.filter { $0.value.count <= Self.salientLimit }
    }

    /// Events that share at least one salient entity with another event of the bucket: the
    /// ones that may be grouped (and get a sentence vector).
    func candidates() -> Set<Int> {
        var out = Set<Int>()
        for list in postings().values where list.count > 1 { out.formUnion(list) }
        return out
    }

    /// A compared pair whose cosine is closer than this to a threshold is kept apart, with its
    /// own distance (`near`), so that a small drift compares it again alone instead of every
    /// pair of its events.
    static let nearRadius = 0.01

    /// Which earlier events of the bucket each event agrees with (ascending); per event, the
    /// smallest distance between a threshold and a cosine compared with it (either way) farther
    /// than `nearRadius` (infinity when none); and per event its pairs with earlier events closer
    /// than that, with their distance: a change of the vectors smaller than the distances leaves
    /// every decision as it was. Only the pairs with an event that `recompute` marks, and the
    /// pairs `again` lists (earlier events, local positions), are compared; the others keep the
    /// agreement `cached` gives.
    func agreements(recompute: [Bool], again: [[Int]], cached: [[Int]], cosine: (Int, Int) -> Float,
                    lookups: inout EventLookups)
        -> (agreeing: [[Int]], margins: [Double], near: [[(y: Int, distance: Double, sharesTwo: Bool)]]) {
        var agreeing = entities.indices.map { x in
            recompute[x] ? [] : cached[x].filter { !recompute[$0] && !again[x].contains($0) }
        }
        var margins = [Double](repeating: .infinity, count: entities.count)
        var near = [[(y: Int, distance: Double, sharesTwo: Bool)]](repeating: [], count: entities.count)
        guard entities.count > 1 else { return (agreeing, margins, near) }
        let lists = postings()
        guard !lists.isEmpty else { return (agreeing, margins, near) }
        let freshLists = lists.mapValues { $0.filter { recompute[$0] } }.filter { !$0.value.isEmpty }
        for x in entities.indices {
            var shared: [Int: Int] = [:]
            let from = recompute[x] ? lists : freshLists
            for e in entities[x] { for y in from[e] ?? [] where y < x { shared[y, default: 0] += 1 } }
            if !recompute[x] {
                for y in again[x] where !recompute[y] {
                    let count = entities[x].count { lists[$0] != nil && entities[y].contains($0) }
                    if count > 0 { shared[y] = count }
                }
            }
            guard !shared.isEmpty else { continue }
            for (y, count) in shared.sorted(by: { $0.key < $1.key }) {
                let cosine = cosine(x, y)
                let distance = min(Double(abs(cosine - Self.minimumCosine)), Double(abs(cosine - Self.strongCosine)))
                if distance < Self.nearRadius {
                    near[x].append((y, distance, count >= 2))
                } else {
                    margins[x] = min(margins[x], distance)
                    margins[y] = min(margins[y], distance)
                }
                guard Self.agree(cosine: cosine, sharesTwo: count >= 2),
                      !namesOthersMissing(x, y, lookups: &lookups) else { continue }
                agreeing[x].append(y)
            }
            if !recompute[x] { agreeing[x].sort() }
        }
        return (agreeing, margins, near)
    }

    /// The group of each event (the number of its group's first event), given which earlier
    /// events each agrees with (`agreements`).
    func groups(agreeing: [[Int]]) -> [Int] {
        var group = Array(entities.indices)
        var members: [Int: [Int]] = [:]          // group number → its events
        var groupArticles: [Int: Set<Int>] = [:]
        for x in entities.indices where !agreeing[x].isEmpty {
            let agreeing = Set(agreeing[x])
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
        return group
    }

    /// Whether the cosine of two events agrees, when they share two salient entities or one.
    static func agree(cosine: Float, sharesTwo: Bool) -> Bool {
        sharesTwo && cosine >= minimumCosine || cosine >= strongCosine
    }

    /// Whether events `x` and `y` each name an entity the other's article does not mention.
    func namesOthersMissing(_ x: Int, _ y: Int, lookups: inout EventLookups) -> Bool {
        namesMissing(x, fromArticleOf: y, lookups: &lookups) && namesMissing(y, fromArticleOf: x, lookups: &lookups)
    }

    /// Whether event `x` names an entity that the article of event `y` does not mention, by id
    /// or by a word shared with the forms of an entity it does mention.
    private func namesMissing(_ x: Int, fromArticleOf y: Int, lookups: inout EventLookups) -> Bool {
        let other = lookups.articleEntities(articles[y])
        for e in entities[x] where !other.contains(e) {
            let words = lookups.words(of: e)
            if words.isEmpty { continue }
            if !other.contains(where: { !lookups.words(of: $0).isDisjoint(with: words) }) { return true }
        }
        return false
    }
}

/// What grouping looks up about entities and articles: the entities each article mentions,
/// and the words (4 letters or more) of an entity's name and aliases, computed once each.
struct EventLookups {
    private let articleEntityList: (Int) -> Set<Int32>
    private let entityForms: (Int32) -> [String]
    private var entityWords: [Int32: Set<String>] = [:]
    private var articleSets: [Int: Set<Int32>] = [:]

    init(articleEntities: @escaping (Int) -> Set<Int32>, entityForms: @escaping (Int32) -> [String]) {
        articleEntityList = articleEntities
        self.entityForms = entityForms
    }

    /// The entities article `a` mentions, computed once.
    mutating func articleEntities(_ a: Int) -> Set<Int32> {
        if let s = articleSets[a] { return s }
        let s = articleEntityList(a)
        articleSets[a] = s
        return s
    }

    mutating func words(of e: Int32) -> Set<String> {
        if let w = entityWords[e] { return w }
        let w = Set(entityForms(e).flatMap { Tokenizer.tokens(in: $0).map(\.normalized) }.filter { $0.unicodeScalars.count >= 4 })
        entityWords[e] = w
        return w
    }
}
