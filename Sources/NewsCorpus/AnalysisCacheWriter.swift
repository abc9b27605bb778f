#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArabicText
import Foundation

/// Builds an analysis cache file entry by entry (`AnalysisCacheFormat`), then writes it
/// atomically: a temporary file in the same folder, `fsync`ed, renamed over the old one, and the
/// folder `fsync`ed, so that a crash leaves either the old file or the new one, never a mix.
public struct AnalysisCacheWriter {
    private let fingerprint: AnalysisFingerprint
    private var stringIDs: [String: UInt32] = [:]
    private var strings = ByteWriter()
    private var entries = ByteWriter()
    private var seen: Set<AnalysisKey> = []

    /// How many entries were added.
    public private(set) var count = 0

    public init(fingerprint: AnalysisFingerprint = .current) {
        self.fingerprint = fingerprint
    }

    private mutating func id(_ s: String) -> UInt32 {
        if let known = stringIDs[s] { return known }
        let id = UInt32(stringIDs.count)
        stringIDs[s] = id
        strings.u32(UInt32(s.utf8.count))
        strings.bytes.append(contentsOf: s.utf8)
        return id
    }

    /// Adds the analysis of the article with `key` (a second entry for a key is skipped, and so
    /// is an analysis whose values the format cannot hold exactly).
    public mutating func add(_ analysis: ArticleAnalysis, key: AnalysisKey) {
        guard !seen.contains(key),
              analysis.dateMentions.allSatisfy({ ByteWriter.fits($0.value) && ByteWriter.fits($0.hijri) }),
              analysis.entityMentions.allSatisfy({ UInt32(exactly: $0.start) != nil && UInt32(exactly: $0.end) != nil }),
              analysis.dateMentions.allSatisfy({ UInt32(exactly: $0.start) != nil && UInt32(exactly: $0.end) != nil }) else { return }
        seen.insert(key)
        count += 1
        entries.u64(key.high)
        entries.u64(key.low)
        entries.u32(UInt32(analysis.entityMentions.count))
        entries.u32(UInt32(analysis.dateMentions.count))
        for m in analysis.entityMentions {
            entries.u8(UInt8(EntityType.allCases.firstIndex(of: m.type)!) | (m.isLocal ? AnalysisCacheFormat.localFlag : 0))
            entries.u32(id(m.name))
            entries.u32(UInt32(m.start))
            entries.u32(UInt32(m.end))
            entries.u32(m.role.map { id($0) + 1 } ?? 0)
        }
        for m in analysis.dateMentions {
            entries.u32(id(m.expression))
            entries.u32(UInt32(m.start))
            entries.u32(UInt32(m.end))
            entries.u8((m.value == nil ? 0 : 1) | (m.isRelative ? 2 : 0) | (m.hijri == nil ? 0 : 4))
            entries.date(m.value)
            entries.date(m.hijri)
        }
    }

    /// The whole file's bytes.
    public func bytes() -> [UInt8] {
        var out = ByteWriter()
        out.bytes.reserveCapacity(AnalysisCacheFormat.magic.count + 28 + strings.bytes.count + entries.bytes.count + 4)
        out.bytes.append(contentsOf: AnalysisCacheFormat.magic)
        out.u32(AnalysisCacheFormat.formatVersion)
        out.u32(fingerprint.version)
        out.u64(fingerprint.model)
        out.u32(UInt32(stringIDs.count))
        out.bytes.append(contentsOf: strings.bytes)
        out.u32(UInt32(count))
        out.bytes.append(contentsOf: entries.bytes)
        out.u32(CRC32.checksum(out.bytes))
        return out.bytes
    }

    /// Writes the file into `folder` (replacing the previous one atomically); returns its size.
    @discardableResult
    public func save(in folder: String) throws -> Int {
        let bytes = bytes()
        let path = (folder as NSString).appendingPathComponent(AnalysisCache.fileName)
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError.io("open \(temporary)", errno) }
        do {
            try JournalStore.writeAllAndSync(bytes, to: fd, name: temporary)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw StoreError.io("rename \(temporary)", code)
        }
        try JournalStore.syncFolder(folder)
        return bytes.count
    }
}
