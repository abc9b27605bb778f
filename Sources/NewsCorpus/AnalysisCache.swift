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

    private let bytes: [UInt8]
    private let strings: [String]
    /// Where each entry's counts start in `bytes`.
    private let entries: [AnalysisKey: Int]
    private let reused = Atomic<Int>(0)

    /// A cache with no entries.
    public init() {
        bytes = []
        strings = []
        entries = [:]
    }

    /// The cache in `bytes`, made under `fingerprint`; throws `Rejected` with the reason it
    /// cannot be used.
    init(bytes: [UInt8], fingerprint: AnalysisFingerprint) throws(Rejected) {
        let f = AnalysisCacheFormat.self
        guard bytes.count >= f.magic.count + 24 + 4, bytes.starts(with: f.magic) else {
            throw .malformed("not an analysis cache, or truncated")
        }
        let body = bytes[..<(bytes.count - 4)]
        let stored = bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self)) }
        guard CRC32.checksum(body) == stored else { throw .malformed("checksum mismatch (damaged or truncated)") }
        do {
            (strings, entries) = try bytes.withUnsafeBytes { raw throws -> ([String], [AnalysisKey: Int]) in
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
                var entries: [AnalysisKey: Int] = [:]
                entries.reserveCapacity(min(entryCount, r.bytes.count / f.entryHeaderBytes))
                for _ in 0..<entryCount {
                    let key = AnalysisKey(high: try r.u64(), low: try r.u64())
                    entries[key] = r.offset
                    let entities = Int(try r.u32()), dates = Int(try r.u32())
                    try r.skip(entities * f.entityBytes + dates * f.dateBytes)
                }
                guard r.offset == r.bytes.count else { throw ByteReader.Malformed() }
                return (strings, entries)
            }
        } catch let rejected as Rejected {
            throw rejected
        } catch {
            throw .malformed("malformed contents")
        }
        self.bytes = bytes
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

    /// Reads the cache in `folder`: an empty cache when there is no file, and when the file
    /// cannot be used, with the reason (to log).
    public static func load(folder: String, fingerprint: AnalysisFingerprint = .current) -> (cache: AnalysisCache, warning: String?) {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return (AnalysisCache(), nil) }
        do {
            return (try AnalysisCache(bytes: [UInt8](data), fingerprint: fingerprint), nil)
        } catch {
            return (AnalysisCache(), "analysis cache \(path) not used: \(error); the articles are analysed again")
        }
    }

    /// How many entries the cache holds.
    public var count: Int { entries.count }

    /// How many analyses were taken from the cache so far.
    public var reusedCount: Int { reused.load(ordering: .relaxed) }

    /// The keys of every entry.
    public var keys: Set<AnalysisKey> { Set(entries.keys) }

    /// The cached analysis of `article`, when there is one for its key and it fits its text.
    public func analysis(of article: Article) -> ArticleAnalysis? {
        guard !entries.isEmpty, let key = AnalysisKey(article: article), let offset = entries[key] else { return nil }
        guard let analysis = try? decode(at: offset), analysis.fits(scalarCount: article.scalarCount) else {
            return nil
        }
        reused.add(1, ordering: .relaxed)
        return analysis
    }

    private func decode(at offset: Int) throws -> ArticleAnalysis {
        try bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw, offset: offset)
            let entityCount = Int(try r.u32()), dateCount = Int(try r.u32())
            func string(_ i: UInt32) throws -> String {
                guard Int(i) < strings.count else { throw ByteReader.Malformed() }
                return strings[Int(i)]
            }
            var entities: [EntityMention] = []
            entities.reserveCapacity(entityCount)
            for _ in 0..<entityCount {
                let t = Int(try r.u8())
                guard t < EntityType.allCases.count else { throw ByteReader.Malformed() }
                let name = try string(try r.u32())
                let start = Int(try r.u32()), end = Int(try r.u32())
                let role = try r.u32()
                entities.append(EntityMention(type: EntityType.allCases[t], name: name, start: start, end: end,
                                              role: role == 0 ? nil : try string(role - 1)))
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
