#if canImport(Glibc)
import Glibc
#endif

/// Gives freed heap memory back to the system after a snapshot is built. Building frees far more
/// than it keeps (raw text, analysers' buffers, the index builder's arrays, the previous
/// snapshot after a write), and glibc keeps freed pages resident in its arenas until asked;
/// `malloc_trim(0)` returns every whole free page of every arena. Looked up at run time, so
/// other C libraries simply skip it.
enum HeapTrim {
    static func releaseFreeMemory() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
