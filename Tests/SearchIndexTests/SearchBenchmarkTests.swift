import Foundation
import Testing
@testable import SearchIndex

/// Timing and memory on a synthetic corpus, run only when `MARSAD_SEARCH_BENCH` gives the number
/// of articles (e.g. `MARSAD_SEARCH_BENCH=10000 swift test -c release --filter SearchBenchmark`).
struct SearchBenchmarkTests {
    static let size = ProcessInfo.processInfo.environment["MARSAD_SEARCH_BENCH"].flatMap(Int.init)

    /// Articles of ~4 KB drawn from the seeds' words (Zipf-like) plus invented rare words,
    /// so the vocabulary grows with the corpus as real news does.
    static func corpus(_ count: Int) -> [IndexedDocument] {
        let seedWords = SeedCorpus.documents.flatMap { $0.text.split(separator: " ").map(String.init) }
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        return (0..<count).map { i in
            var text = ""
            text.reserveCapacity(4200)
            while text.utf8.count < 4000 {
                if next() % 10 == 0 {
                    let length = 4 + Int(next() % 4)
                    text += String((0..<length).map { _ in letters[Int(next() % UInt64(letters.count))] })
                } else {
                    let r = Double(next() % 1_000_000) / 1_000_000
                    text += seedWords[min(seedWords.count - 1, Int(pow(r, 2.5) * Double(seedWords.count)))]
                }
                text += next() % 15 == 0 ? ". " : " "
            }
            return IndexedDocument(id: "syn\(i)", title: seedWords[Int(next() % UInt64(seedWords.count))] + " خبر", text: text)
        }
    }

    /// CPU time of this thread in nanoseconds: steadier than wall time on a shared machine.
    static func threadCPU() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }

    @Test(.enabled(if: size != nil)) func timing() throws {
        let docs = Self.corpus(Self.size ?? 0)
        let raw = docs.reduce(0) { $0 + $1.text.utf8.count + $1.title.utf8.count }
        let before = Self.residentBytes()
        let clock = ContinuousClock()
        var index: InvertedIndex?
        let build = clock.measure { index = InvertedIndex(documents: docs) }
        let index_ = index!
        let after = Self.residentBytes()
        // Invented words of the first articles: selective terms (a handful of documents each).
        let seedVocabulary = Set(SeedCorpus.documents.flatMap { $0.text.split(separator: " ").map(String.init) })
        let rare = docs.prefix(40).flatMap { $0.text.split(separator: " ").map(String.init) }
            .filter { !seedVocabulary.contains($0) && !$0.contains(".") }.prefix(6)
        let queries = Array(rare) + [rare.prefix(2).joined(separator: " OR "), "بنغازي \(rare.first ?? "")", "بنغازي", "\"مصطفى الإمام\"", "أبو ختالة", "ترامب", "الأمريكية ليبيا", "سرت -داعش",
                       "بومبيو OR تاونسيند", "بليبيا", "#مصطفى_الإمام", "القنصلية الأميركية", "مرزق", "بنغاري"]
        var times: [Duration] = []
        var perQuery: [String: Duration] = [:]
        for round in 0..<50 {
            for q in queries {
                let query = try SearchQuery(parsing: q)
                var total = 0
                let cpuStart = Self.threadCPU()
                _ = clock.measure { total = index_.search(query, limit: 20, offset: round % 2 * 20).total }
                let t = Duration.nanoseconds(Self.threadCPU() - cpuStart)
                times.append(t)
                perQuery[q + " (\(total))", default: .zero] += t / 50
            }
        }
        for (q, t) in perQuery.sorted(by: { $0.value > $1.value }) { print("BENCH-Q \(q): \(t)") }
        times.sort()
        let p50 = times[times.count / 2], p99 = times[times.count * 99 / 100]
        print("BENCH (query times are thread CPU time) docs=\(docs.count) rawMB=\(raw >> 20) build=\(build) indexRSSMB=\((after - before) >> 20) totalRSSMB=\(after >> 20) keys=\(index_.keyCount) p50=\(p50) p99=\(p99) max=\(times.last!)")
    }
}

/// Posting sizes on the synthetic corpus, printed for memory reports
/// (`swift test --filter IndexSizeTests`); checks the counts add up.
struct IndexSizeTests {
    @Test func postingBytesAddUp() {
        let docs = SearchBenchmarkTests.corpus(1000)
        let stats = InvertedIndex(documents: docs).statistics
        let raw = docs.reduce(0) { $0 + $1.text.utf8.count + $1.title.utf8.count }
        print("INDEX-SIZE docs=\(docs.count) rawBytes=\(raw) keys=\(stats.keys) postings=\(stats.postings) positions=\(stats.positions) postingBytes=\(stats.postingBytes) bytesPerPosting=\(stats.bytesPerPosting) sentenceBytes=\(stats.sentenceBytes)")
        #expect(stats.postings > 0 && stats.positions >= stats.postings)
        // Wide documents and offsets take 4 bytes a posting each, narrow ones 2 and a 64th of 4
        // (`PostingLayout`); positions are delta-coded, a byte at least (`PositionCoding`), and
        // well under 4 bytes each on average.
        let wide = 4 * (2 * stats.postings + stats.positions + 3 * stats.keys)
        let narrowest = 4 * stats.postings + stats.positions + 4 * stats.keys
        #expect(stats.postingBytes < wide - stats.postings)
        #expect(stats.postingBytes >= narrowest)
    }
}
