import Foundation
import Testing
@testable import NewsCorpus

/// The analysis cache's append log: blocks appended after writes load with the file; a torn or
/// damaged tail is ignored (the blocks before it are used), never a crash; and the keeper's
/// plan appends while the log is small and rewrites the file otherwise.
@Suite struct AnalysisCacheLogTests {
    static let fresh = AnalysisCacheTests.fresh
    static let keys = fresh.analysisKeys

    func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-cache-log-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func logPath(_ dir: String) -> String { (dir as NSString).appendingPathComponent(AnalysisCacheLog.fileName) }

    /// The file with the first half of the analyses, the log with the rest in two blocks.
    func split(in dir: String) throws -> (first: Set<AnalysisKey>, second: Set<AnalysisKey>) {
        let half = Self.keys.count / 2, three = Self.keys.count * 3 / 4
        try Self.fresh.analysisCache(only: Set(Self.keys[..<half])).save(in: dir)
        let first = Set(Self.keys[half..<three]), second = Set(Self.keys[three...])
        try Self.fresh.analysisCache(only: first).append(in: dir)
        try Self.fresh.analysisCache(only: second).append(in: dir)
        return (first, second)
    }

    @Test func aSubsetWritesTheSameEntriesAsTheWhole() {
        #expect(Self.fresh.analysisCache(only: Set(Self.keys)).bytes() == Self.fresh.analysisCache().bytes())
        #expect(Self.fresh.analysisCache(only: Set(Self.keys.prefix(2))).count == 2)
    }

    @Test func appendedBlocksLoadWithTheFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try split(in: dir)
        let (cache, warning) = AnalysisCache.load(folder: dir)
        #expect(warning == nil)
        #expect(cache.count == Set(Self.keys).count)
        #expect(cache.hasLog)
        #expect(cache.logEntryCount == Self.keys.count - Self.keys.count / 2)
        let cached = Corpus(articles: []).applying(AnalysisCacheTests.submissions, cache: cache)
        #expect(cache.reusedCount == Self.fresh.articles.count)
        for (x, y) in zip(cached.analyses, Self.fresh.analyses) {
            #expect(x.entityMentions == y.entityMentions && x.dateMentions == y.dateMentions)
        }
        // A log alone (no file) is used too.
        try FileManager.default.removeItem(atPath: (dir as NSString).appendingPathComponent(AnalysisCache.fileName))
        #expect(AnalysisCache.load(folder: dir).cache.count == Self.keys.count - Self.keys.count / 2)
        try AnalysisCacheLog.remove(in: dir)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func aTornOrDamagedTailIsIgnored() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (first, second) = try split(in: dir)
        let log = try [UInt8](Data(contentsOf: URL(fileURLWithPath: logPath(dir))))
        let base = Self.keys.count / 2
        let firstBlockEnd = 4 + Int(log.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
        // Cut anywhere in the second block (a crash during its append), or damage it.
        var damaged: [[UInt8]] = [firstBlockEnd + 1, firstBlockEnd + 3, firstBlockEnd + 4, firstBlockEnd + 40, log.count - 1]
            .map { Array(log.prefix($0)) }
        var flipped = log
        flipped[firstBlockEnd + (log.count - firstBlockEnd) / 2] ^= 0x20
        damaged.append(flipped)
        var longer = log
        longer.replaceSubrange(firstBlockEnd..<(firstBlockEnd + 4), with: [0xFF, 0xFF, 0xFF, 0x7F])
        damaged.append(longer)
        damaged.append(Array(log.prefix(firstBlockEnd)) + Array("garbage".utf8))
        for bytes in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: logPath(dir)))
            let (cache, warning) = AnalysisCache.load(folder: dir)
            #expect(warning?.contains("analysis cache log") == true)
            #expect(cache.count == base + first.count)
            #expect(cache.logEntryCount == first.count)
            #expect(Set(cache.keys).isDisjoint(with: second))
        }
        // A damaged first block: only the file is used.
        var ruined = log
        ruined[10] ^= 0x01
        try Data(ruined).write(to: URL(fileURLWithPath: logPath(dir)))
        #expect(AnalysisCache.load(folder: dir).cache.count == base)
        // Random garbage of every length up to 64 bytes: never a crash.
        var g = IncrementalCorpusTests.Generator(state: 7)
        for n in 0..<64 {
            try Data((0..<n).map { _ in UInt8(g.next(256)) }).write(to: URL(fileURLWithPath: logPath(dir)))
            #expect(AnalysisCache.load(folder: dir).cache.count == base)
        }
    }

    @Test func anOutdatedBlockIsSkippedAndTheNextUsed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let old = AnalysisFingerprint(version: AnalysisFingerprint.current.version + 1, model: AnalysisFingerprint.current.model)
        try Self.fresh.analysisCache(fingerprint: old, only: Set(Self.keys.prefix(3))).append(in: dir)
        try Self.fresh.analysisCache(only: Set(Self.keys.suffix(2))).append(in: dir)
        let (cache, warning) = AnalysisCache.load(folder: dir)
        #expect(cache.count == 2)
        #expect(warning?.contains("outdated") == true)
    }

    @Test func thePlanAppendsWhileTheLogIsSmall() {
        let keys = (0..<8_000).map { AnalysisKey(high: UInt64($0), low: 1) }
        let files = AnalysisCacheFiles(keys: Set(keys), logEntries: 0, hasLog: false)
        #expect(files.plan(for: Set(keys)) == .nothing)
        let new = Set((0..<10).map { AnalysisKey(high: UInt64($0), low: 2) })
        #expect(files.plan(for: Set(keys).union(new)) == .append(new))
        // Deleted articles' entries stay until a rewrite: harmless, and few.
        #expect(files.plan(for: Set(keys.dropFirst(5))) == .nothing)
        #expect(files.plan(for: Set(keys.dropFirst(2_500))) == .rewrite)
        // The log may grow to a quarter of the file (at least `rewriteFloor` entries).
        let appended = files.appended(new)
        #expect(appended.logEntries == 10 && appended.keys.count == 8_010)
        let many = Set((0..<2_001).map { AnalysisKey(high: UInt64($0), low: 3) })
        #expect(appended.plan(for: Set(keys).union(new).union(many)) == .rewrite)
        // A log left over from an earlier run, or a failed write: rewritten first.
        #expect(AnalysisCacheFiles(keys: Set(keys), logEntries: 0, hasLog: true).plan(for: Set(keys)) == .rewrite)
        #expect(files.damaged().plan(for: Set(keys)) == .rewrite)
        // No file yet: everything is written whole.
        #expect(AnalysisCacheFiles(keys: [], logEntries: 0, hasLog: false).plan(for: Set(keys)) == .rewrite)
    }
}
