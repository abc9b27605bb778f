import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Bytes the allocator has handed out and not yet taken back, from glibc's `malloc_info`
/// report (arena bytes obtained from the system, less free chunks, plus mmapped chunks); 0 where
/// unavailable. Differences of two readings give what a structure owns.
enum HeapUsage {
    static func inUse() -> Int {
        #if canImport(Glibc)
        typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_info") else { return 0 }
        let mallocInfo = unsafeBitCast(symbol, to: MallocInfo.self)
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        guard let stream = open_memstream(&buffer, &length) else { return 0 }
        _ = mallocInfo(0, stream)
        fclose(stream)
        guard let buffer else { return 0 }
        let xml = String(cString: buffer)
        free(buffer)
        // The totals over all arenas follow the last `</heap>`.
        guard let tail = xml.range(of: "</heap>", options: .backwards).map({ xml[$0.upperBound...] }) else { return 0 }
        func size(_ tag: String) -> Int {
            guard let r = tail.range(of: tag) else { return 0 }
            let rest = tail[r.upperBound...]
            guard let s = rest.range(of: "size=\"") else { return 0 }
            return Int(rest[s.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        return size("<system type=\"current\"") - size("<total type=\"fast\"") - size("<total type=\"rest\"")
            + size("<total type=\"mmap\"")
        #else
        return 0
        #endif
    }
}
