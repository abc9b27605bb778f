#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The data folder's store: an append-only journal, `journal.log`, one record per line:
/// `<crc32 as 8 hex digits> <JSON of the change>\n`. Each append (one change, or a batch of
/// them from a bulk import) is written whole and `fsync`ed once before it returns (and the folder is `fsync`ed when the file is created), so an
/// acknowledged write survives SIGKILL or power loss. On load, a line whose checksum does not
/// match, or a torn last line without its newline, is skipped with a warning; the lines after it
/// still load, because records resynchronise at each newline (JSON escapes every newline).
public final class JournalStore: ArticleStore {
    public let folder: String
    public var path: String { (folder as NSString).appendingPathComponent("journal.log") }
    /// The open journal; appends are serialised by the mutex.
    private let descriptor: Mutex<Int32>

    /// Opens (creating if needed) the journal in `folder`.
    public init(folder: String) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = (folder as NSString).appendingPathComponent("journal.log")
        let existed = FileManager.default.fileExists(atPath: file)
        let fd = open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError.io("open \(file)", errno) }
        if !existed {
            try JournalStore.syncFolder(folder)
        }
        descriptor = Mutex(fd)
    }

    deinit {
        descriptor.withLock { _ = close($0) }
    }

    /// Reads every record: the lines are found first, then checked and decoded on all cores
    /// (a replay of 30k articles is 100 MB of JSON), keeping their order.
    public func load() throws -> (changes: [ArticleChange], warnings: [String]) {
        let read = try read(preparing: false)
        return (read.changes, read.warnings)
    }

    /// `load()`, with each upsert's article built (`SubmittedArticle.article()`) as soon as its
    /// record is decoded and its text then dropped from the change (left empty): the journal's
    /// texts are never all held at once, only the articles' compact ones, so a replay's peak and
    /// the heap it leaves behind are smaller. `prepared` holds, by id, the article of the last
    /// upsert of that id: what `Corpus.applying(_:prepared:cache:)` takes instead of the texts.
    public func loadPreparing() throws -> (changes: [ArticleChange], prepared: [String: Article], warnings: [String]) {
        try read(preparing: true)
    }

    private func read(preparing: Bool) throws -> (changes: [ArticleChange], prepared: [String: Article], warnings: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([], [:], []) }
        var lines: [Range<Int>] = []
        var torn = false
        data.withUnsafeBytes { raw in
            var start = 0
            while start < raw.count {
                guard let newline = raw[start...].firstIndex(of: 0x0A) else {
                    torn = true
                    break
                }
                lines.append(start..<newline)
                start = newline + 1
            }
        }
        enum Record: Sendable { case change(ArticleChange, Article?), skipped(String) }
        let records = ConcurrentMap.map(lines, state: { JSONDecoder() }) { decoder, range -> Record in
            let line = data[data.startIndex + range.lowerBound..<data.startIndex + range.upperBound]
            guard line.count > 9, line[line.startIndex + 8] == 0x20,
                  let stored = UInt32(String(decoding: line.prefix(8), as: UTF8.self), radix: 16) else {
                return .skipped("malformed record, skipped")
            }
            let payload = line.dropFirst(9)
            guard CRC32.checksum(payload) == stored else { return .skipped("checksum mismatch, skipped") }
            let change: ArticleChange
            do {
                change = try decoder.decode(ArticleChange.self, from: Data(payload))
            } catch {
                return .skipped("unreadable record, skipped")
            }
            guard preparing, case .upsert(var submitted) = change else { return .change(change, nil) }
            let article = submitted.article()
            submitted.text = ""
            return .change(.upsert(submitted), article)
        }
        var changes: [ArticleChange] = []
        changes.reserveCapacity(records.count)
        var prepared: [String: Article] = [:]
        var warnings: [String] = []
        for (n, record) in records.enumerated() {
            switch record {
            case .change(let change, let article):
                changes.append(change)
                if let article { prepared[article.id] = article }
            case .skipped(let why): warnings.append("journal line \(n + 1): \(why)")
            }
        }
        if torn { warnings.append("journal line \(lines.count + 1): torn record at the end (no newline), skipped") }
        return (changes, prepared, warnings)
    }

    public func append(_ change: ArticleChange) throws {
        try append(contentsOf: [change])
    }

    /// Writes every record of the batch, then `fsync`s once: a crash before the `fsync` returns
    /// may keep any prefix of the batch (each record checksummed, a torn last one skipped on
    /// load), none of which was acknowledged yet.
    public func append(contentsOf changes: [ArticleChange]) throws {
        guard !changes.isEmpty else { return }
        let encoder = JSONEncoder()
        var records: [UInt8] = []
        for change in changes {
            let payload = try encoder.encode(change)
            records.append(contentsOf: String(format: "%08x ", CRC32.checksum(payload)).utf8)
            records.append(contentsOf: payload)
            records.append(0x0A)
        }
        try descriptor.withLock { fd in
            // Where the batch starts: a failed write is cut off again, so that a change answered
            // "not stored" (503) is not applied at the next start either.
            let start = lseek(fd, 0, SEEK_END)
            do {
                try Self.writeAllAndSync(records, to: fd, name: path)
            } catch {
                if start >= 0 { _ = ftruncate(fd, start) }
                throw error
            }
        }
    }

    /// Writes all of `bytes` to `fd` (again after a short write or `EINTR`), then `fsync`s it;
    /// `name` names the file in errors.
    static func writeAllAndSync(_ bytes: [UInt8], to fd: Int32, name: String) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io("write \(name)", errno)
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw StoreError.io("fsync \(name)", errno) }
    }

    static func syncFolder(_ folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io("open \(folder)", errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StoreError.io("fsync \(folder)", errno) }
    }
}

/// A failed storage system call, with its errno.
public enum StoreError: Error, CustomStringConvertible {
    case io(String, Int32)
    public var description: String {
        switch self {
        case .io(let what, let code): "\(what): \(String(cString: strerror(code)))"
        }
    }
}

/// CRC-32 (IEEE 802.3, as in zlib), for journal records.
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { i in
        var c = UInt32(i)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `bytes`.
    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
