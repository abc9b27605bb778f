import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File bytes and their ETag kept in memory, keyed by resolved path. Each lookup `stat`s the
/// file and reloads it when its size, mtime or inode changed, so edits show up at once.
final class FileCache: Sendable {
    /// One cached file.
    struct Entry: Sendable {
        var identity: Identity
        var bytes: [UInt8]
        var etag: String
    }

    /// What `stat` says about a file version.
    struct Identity: Sendable, Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// Files larger than this are not served (the UI is small; a large file is a mistake).
    let maxFileBytes = 32 * 1024 * 1024

    /// The identity of a regular file at `path`, nil if it is missing or not a regular file.
    static func identity(of path: String, isDirectory: inout Bool) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Identity(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                        nanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }

    /// The cached entry for `path`, loading it if new or changed.
    func entry(for path: String, identity: Identity) throws(SocketError) -> Entry {
        if let cached = entries.withLock({ $0[path] }), cached.identity == identity {
            return cached
        }
        let bytes = try Self.read(path, expected: identity.size, limit: maxFileBytes)
        let entry = Entry(identity: identity, bytes: bytes, etag: Self.etag(bytes))
        entries.withLock { $0[path] = entry }
        return entry
    }

    /// A strong validator (RFC 9110 §8.8.3): a hash of the exact bytes.
    static func etag(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "-\(bytes.count)\""
    }

    private static func read(_ path: String, expected: Int, limit: Int) throws(SocketError) -> [UInt8] {
        guard expected <= limit else { throw SocketError("read", code: EFBIG, context: path) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .fromErrno("open", context: path) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: expected)
        var filled = 0
        while filled < expected {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, expected - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .fromErrno("read", context: path) }
            if count == 0 { break }
            filled += count
        }
        // The file shrank while being read; serve what is there rather than zeros.
        if filled < expected { bytes.removeLast(expected - filled) }
        return bytes
    }
}
