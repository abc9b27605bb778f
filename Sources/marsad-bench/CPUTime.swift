import Foundation

/// CPU time consumed, which a loaded shared machine inflates far less than wall-clock time:
/// the figure a quiet machine's wall clock would show for single-threaded work.
enum CPUTime {
    /// Seconds of CPU used by the calling thread.
    static func thread() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    /// Seconds of CPU used by the whole process (all threads).
    static func process() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
