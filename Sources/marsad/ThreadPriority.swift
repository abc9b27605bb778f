#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's CPU priority, for background work that should yield to the requests.
enum ThreadPriority {
    /// The nice value background threads take (the requests' threads stay at 0).
    static let background: Int32 = 10

    /// Lowers the calling thread's priority to `background`. On Linux the nice value is a
    /// per-thread attribute and `who == 0` means the calling thread, so the process's other
    /// threads keep theirs. Best effort: a refusal is ignored.
    static func lower() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, background)
        #endif
    }
}
