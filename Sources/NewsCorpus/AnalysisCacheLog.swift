#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The analysis cache's append log (`analysis-cache.log` beside `analysis-cache.bin`): what a
/// running server adds between two rewrites of the cache file, so that a write costs its own
/// articles' entries instead of a rewrite of every analysis (~1 s CPU at 31k articles).
///
/// The log is a sequence of blocks, each `length:u32` then `length` bytes that are a whole cache
/// file (`AnalysisCacheFormat`: magic, fingerprint, strings, entries, CRC-32 of the block). A
/// block is appended with one `write` and `fsync`ed; a crash during an append leaves a torn last
/// block, which its length or checksum tells apart: reading stops there and uses the blocks
/// before it. A block made under another fingerprint is skipped (its length is checked by its
/// checksum). The keeper folds the log into the cache file (`AnalysisCacheWriter.save`, then the
/// log removed) at start-up and when the log grows past a quarter of the file.
public enum AnalysisCacheLog {
    /// The log's name in the data folder.
    public static let fileName = "analysis-cache.log"

    /// The usable blocks of a log's `bytes`, in order, and why reading stopped early, if it did.
    static func blocks(in bytes: [UInt8], fingerprint: AnalysisFingerprint) -> (blocks: [AnalysisCache.Parsed], warning: String?) {
        var blocks: [AnalysisCache.Parsed] = []
        var offset = 0
        var outdated = 0
        var warning: String?
        while offset < bytes.count {
            guard bytes.count - offset >= 4 else {
                warning = "truncated block at byte \(offset) ignored"
                break
            }
            let length = Int(bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) })
            guard length <= bytes.count - offset - 4 else {
                warning = "truncated block at byte \(offset) ignored"
                break
            }
            let block = Array(bytes[(offset + 4)..<(offset + 4 + length)])
            do {
                blocks.append(try AnalysisCache.parse(block, fingerprint: fingerprint))
            } catch .outdated {
                outdated += 1
            } catch {
                warning = "\(error) block at byte \(offset): it and what follows ignored"
                break
            }
            offset += 4 + length
        }
        if outdated > 0 {
            warning = ([warning].compactMap { $0 } + ["\(outdated) outdated blocks ignored"]).joined(separator: "; ")
        }
        return (blocks, warning)
    }

    /// Removes the log from `folder` (after its entries went into a rewritten cache file).
    public static func remove(in folder: String) throws {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard unlink(path) == 0 || errno == ENOENT else { throw StoreError.io("unlink \(path)", errno) }
        try JournalStore.syncFolder(folder)
    }
}

extension AnalysisCacheWriter {
    /// Appends this writer's entries to the log in `folder` as one block (`AnalysisCacheLog`),
    /// `fsync`ed (and the folder, when the log is created); returns the block's size. On a
    /// failed write the log is cut back to where it was, so that a later block stays readable.
    @discardableResult
    public func append(in folder: String) throws -> Int {
        let block = bytes()
        guard let length = UInt32(exactly: block.count) else { throw StoreError.io("analysis cache block too large", EFBIG) }
        let record = withUnsafeBytes(of: length.littleEndian, Array.init) + block
        let path = (folder as NSString).appendingPathComponent(AnalysisCacheLog.fileName)
        let created = access(path, F_OK) != 0
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError.io("open \(path)", errno) }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        do {
            try JournalStore.writeAllAndSync(record, to: fd, name: path)
        } catch {
            if size >= 0 { _ = ftruncate(fd, size) }
            throw error
        }
        if created { try JournalStore.syncFolder(folder) }
        return record.count
    }
}
