import ArabicText
import Foundation

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
    /// The sentence words of an event, asked only for events that may join a group.
    let words: (Int) -> [String]

    /// The group of each event, numbered by its first event; `dates` are sorted so that equal
    /// dates are adjacent (events with the same value and precision form one bucket).
    func groups(dates: [TemporalValue]) -> [Int] {
        var group = Array(0..<dates.count)
        let vectors = SentenceVectors(events: candidateEvents(dates: dates), words: words)
        var i = 0
        while i < dates.count {
            var j = i
            while j < dates.count && dates[j] == dates[i] && dates[j].precision == dates[i].precision { j += 1 }
            cluster(i..<j, vectors: vectors, into: &group)
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

    private func cluster(_ bucket: Range<Int>, vectors: SentenceVectors, into group: inout [Int]) {
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
                if count >= 2 && cosine >= Self.minimumCosine || cosine >= Self.strongCosine { agreeing.insert(y) }
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

/// Unit-length TF-IDF vectors of the sentences of some events, over their words (a leading
/// و and the article ال removed), for the cosine of two sentences.
struct SentenceVectors {
    private var vectors: [Int: [(term: Int32, weight: Float)]] = [:]

    init(events: Set<Int>, words: (Int) -> [String]) {
        var ids: [String: Int32] = [:]
        var termsOf: [Int: [Int32: Float]] = [:]
        var documentFrequency: [Int32: Int] = [:]
        for x in events {
            var counts: [Int32: Float] = [:]
            for w in words(x) {
                let key = Self.stripped(w)
                guard key.unicodeScalars.count > 1 else { continue }
                let id = ids[key] ?? { let n = Int32(ids.count); ids[key] = n; return n }()
                counts[id, default: 0] += 1
            }
            guard counts.count >= EventGrouping.minimumWords else { continue }
            for t in counts.keys { documentFrequency[t, default: 0] += 1 }
            termsOf[x] = counts
        }
        let n = Float(max(events.count, 1))
        for (x, counts) in termsOf {
            var v = counts.map { t, tf in (term: t, weight: tf * (logf((n + 1) / Float(documentFrequency[t]! + 1)) + 1)) }
            let norm = v.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { for k in v.indices { v[k].weight /= norm } }
            v.sort { $0.term < $1.term }
            vectors[x] = v
        }
    }

    /// The cosine of two events' sentences (0 when either has no vector).
    func cosine(_ a: Int, _ b: Int) -> Float {
        guard let u = vectors[a], let v = vectors[b] else { return 0 }
        var i = 0, j = 0
        var sum: Float = 0
        while i < u.count && j < v.count {
            if u[i].term == v[j].term { sum += u[i].weight * v[j].weight; i += 1; j += 1 }
            else if u[i].term < v[j].term { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// A word without a leading و and ال (والرياض → رياض).
    static func stripped(_ word: String) -> String {
        var s = Substring(word)
        if s.count > 3, s.hasPrefix("و") { s = s.dropFirst() }
        if s.count > 3, s.hasPrefix("ال") { s = s.dropFirst(2) }
        return String(s)
    }
}
