import ArabicText
import Foundation
import Synchronization

/// Analyses kept from an earlier run (`analysis-cache.bin` in the data folder), so that a restart
/// does not analyse again what it analysed before. An article's cached analysis is used only
/// when its key (`AnalysisKey`: text, title, date) matches and the file was made under the same
/// `AnalysisFingerprint` (analysis code version, model weights); anything else is analysed. The
/// file is a cache: a missing, damaged or outdated one only costs the analysis, and the journal
/// stays the source of truth. Read once; entries are decoded when looked up. Thread-safe.
public final class AnalysisCache: Sendable {
    /// The file's name in the data folder.
    public static let fileName = "analysis-cache.bin"

    /// The files' contents: the cache file, then each valid block of the append log.
    private let parts: [Part]
    /// Where each entry's counts start: its part and its offset in that part's bytes.
    private let entries: [AnalysisKey: Location]
    private let reused = Atomic<Int>(0)
    /// How many entries came from the append log (`AnalysisCacheLog`), and whether the log file
    /// exists (a keeper folds it into the cache file at start).
    public let logEntryCount: Int
    public let hasLog: Bool

    /// One file's (or log block's) bytes and string table.
    private struct Part: Sendable {
        let bytes: [UInt8]
        let strings: [String]
    }

    private struct Location: Sendable {
        let part: Int32
        let offset: Int
    }

    /// A cache with no entries.
    public init() {
        parts = []
        entries = [:]
        logEntryCount = 0
        hasLog = false
    }

    /// The cache in `bytes`, made under `fingerprint`; throws `Rejected` with the reason it
    /// cannot be used.
    convenience init(bytes: [UInt8], fingerprint: AnalysisFingerprint) throws(Rejected) {
        let parsed = try Self.parse(bytes, fingerprint: fingerprint)
        self.init(parsed: [parsed], logEntries: 0, hasLog: false)
    }

    private init(parsed: [Parsed], logEntries: Int, hasLog: Bool) {
        var entries: [AnalysisKey: Location] = [:]
        entries.reserveCapacity(parsed.reduce(0) { $0 + $1.entries.count })
        for (p, part) in parsed.enumerated() {
            // A later part's entry wins (the same key gives the same analysis anyway).
            for (key, offset) in part.entries { entries[key] = Location(part: Int32(p), offset: offset) }
        }
        parts = parsed.map { Part(bytes: $0.bytes, strings: $0.strings) }
        self.entries = entries
        logEntryCount = logEntries
        self.hasLog = hasLog
    }

    /// A file checked and indexed: its bytes, strings, and each entry's key and offset.
    struct Parsed {
        let bytes: [UInt8]
        let strings: [String]
        let entries: [(AnalysisKey, Int)]
    }

    /// Checks `bytes` (a whole cache file: magic, fingerprint, checksum) and indexes its entries.
    static func parse(_ bytes: [UInt8], fingerprint: AnalysisFingerprint) throws(Rejected) -> Parsed {
        let f = AnalysisCacheFormat.self
        guard bytes.count >= f.magic.count + 24 + 4, bytes.starts(with: f.magic) else {
            throw .malformed("not an analysis cache, or truncated")
        }
        let body = bytes[..<(bytes.count - 4)]
        let stored = bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self)) }
        guard CRC32.checksum(body) == stored else { throw .malformed("checksum mismatch (damaged or truncated)") }
        do {
            let (strings, entries) = try bytes.withUnsafeBytes { raw throws -> ([String], [(AnalysisKey, Int)]) in
                var r = ByteReader(UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 4)]), offset: f.magic.count)
                let format = try r.u32(), version = try r.u32(), model = try r.u64()
                guard format == f.formatVersion else { throw Rejected.outdated("file format \(format), this build reads \(f.formatVersion)") }
                guard version == fingerprint.version, model == fingerprint.model else {
                    throw Rejected.outdated("made by analysis version \(version) with model \(String(model, radix: 16)); this build is version \(fingerprint.version) with model \(String(fingerprint.model, radix: 16))")
                }
                var strings: [String] = []
                let stringCount = Int(try r.u32())
                strings.reserveCapacity(min(stringCount, r.bytes.count / 4))
                for _ in 0..<stringCount { strings.append(try r.string(Int(try r.u32()))) }
                let entryCount = Int(try r.u32())
                var entries: [(AnalysisKey, Int)] = []
                entries.reserveCapacity(min(entryCount, r.bytes.count / f.entryHeaderBytes))
                for _ in 0..<entryCount {
                    let key = AnalysisKey(high: try r.u64(), low: try r.u64())
                    entries.append((key, r.offset))
                    let entities = Int(try r.u32()), dates = Int(try r.u32())
                    try r.skip(entities * f.entityBytes + dates * f.dateBytes)
                }
                guard r.offset == r.bytes.count else { throw ByteReader.Malformed() }
                return (strings, entries)
            }
            return Parsed(bytes: bytes, strings: strings, entries: entries)
        } catch let rejected as Rejected {
            throw rejected
        } catch {
            throw .malformed("malformed contents")
        }
    }

    /// Why a cache file was not used.
    public enum Rejected: Error, CustomStringConvertible {
        case malformed(String)
        case outdated(String)
        public var description: String {
            switch self {
            case .malformed(let why): "damaged (\(why))"
            case .outdated(let why): "outdated (\(why))"
            }
        }
    }

    /// Reads the cache in `folder` (the file, then the blocks appended to its log): an empty
    /// cache when there is neither, and when a file or a block cannot be used, the reason (to
    /// log). A damaged or truncated log block ends the log there; the blocks before it are used.
    public static func load(folder: String, fingerprint: AnalysisFingerprint = .current) -> (cache: AnalysisCache, warning: String?) {
        let path = (folder as NSString).appendingPathComponent(fileName)
        var parsed: [Parsed] = []
        var warnings: [String] = []
        if let data = FileManager.default.contents(atPath: path) {
            do {
                parsed.append(try parse([UInt8](data), fingerprint: fingerprint))
            } catch {
                warnings.append("analysis cache \(path) not used: \(error); the articles are analysed again")
            }
        }
        let logPath = (folder as NSString).appendingPathComponent(AnalysisCacheLog.fileName)
        let log = FileManager.default.contents(atPath: logPath)
        var logEntries = 0
        if let log {
            let read = AnalysisCacheLog.blocks(in: [UInt8](log), fingerprint: fingerprint)
            parsed += read.blocks
            logEntries = read.blocks.reduce(0) { $0 + $1.entries.count }
            if let warning = read.warning { warnings.append("analysis cache log \(logPath): \(warning)") }
        }
        let cache = parsed.isEmpty && log == nil ? AnalysisCache() : AnalysisCache(parsed: parsed, logEntries: logEntries, hasLog: log != nil)
        return (cache, warnings.isEmpty ? nil : warnings.joined(separator: "; "))
    }

    /// How many entries the cache holds.
    public var count: Int { entries.count }

    /// How many analyses were taken from the cache so far.
    public var reusedCount: Int { reused.load(ordering: .relaxed) }

    /// The keys of every entry.
    public var keys: Set<AnalysisKey> { Set(entries.keys) }

    /// The cached analysis of `article`, when there is one for its key and it fits its text.
    public func analysis(of article: Article) -> ArticleAnalysis? {
        guard !entries.isEmpty, let key = AnalysisKey(article: article), let location = entries[key] else { return nil }
        guard let analysis = try? decode(at: location), analysis.fits(scalarCount: article.scalarCount) else {
            return nil
        }
        reused.add(1, ordering: .relaxed)
        return analysis
    }

    private func decode(at location: Location) throws -> ArticleAnalysis {
        let part = parts[Int(location.part)], strings = part.strings
        return try part.bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw, offset: location.offset)
            let entityCount = Int(try r.u32()), dateCount = Int(try r.u32())
            func string(_ i: UInt32) throws -> String {
                guard Int(i) < strings.count else { throw ByteReader.Malformed() }
                return strings[Int(i)]
            }
            var entities: [EntityMention] = []
            entities.reserveCapacity(entityCount)
            for _ in 0..<entityCount {
                let byte = try r.u8()
                let t = Int(byte & ~AnalysisCacheFormat.localFlag)
                guard t < EntityType.allCases.count else { throw ByteReader.Malformed() }
                let name = try string(try r.u32())
                let start = Int(try r.u32()), end = Int(try r.u32())
                let role = try r.u32()
                entities.append(EntityMention(type: EntityType.allCases[t], name: name, start: start, end: end,
                                              role: role == 0 ? nil : try string(role - 1),
                                              isLocal: byte & AnalysisCacheFormat.localFlag != 0))
            }
            var dates: [TemporalMention] = []
            dates.reserveCapacity(dateCount)
            for _ in 0..<dateCount {
                let expression = try string(try r.u32())
                let start = Int(try r.u32()), end = Int(try r.u32())
                let flags = try r.u8()
                let value = try r.date(present: flags & 1 != 0)
                let hijri = try r.date(present: flags & 4 != 0)
                dates.append(TemporalMention(expression: expression, start: start, end: end, value: value,
                                             isRelative: flags & 2 != 0, hijri: hijri))
            }
            return ArticleAnalysis(entityMentions: entities, dateMentions: dates)
        }
    }
}

extension ArticleAnalysis {
    /// Whether every offset lies within a text of `scalarCount` scalars (a cheap guard against
    /// an entry that is not this text's).
    func fits(scalarCount: Int) -> Bool {
        entityMentions.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= scalarCount }
            && dateMentions.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= scalarCount }
    }
}
