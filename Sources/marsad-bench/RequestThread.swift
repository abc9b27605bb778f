import Foundation

/// Runs measured requests on a thread of their own, as the server answers on its event-loop
/// threads and never on the thread that built the snapshot. With glibc each thread allocates
/// from its own arena; the building thread's arena is left full of the build's freed blocks,
/// which makes every later allocation there slower in proportion to the corpus.
enum RequestThread {
    /// Calls `body` on a new thread and waits for it.
    static func run<R: Sendable>(_ body: @escaping @Sendable () throws -> R) throws -> R {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<R, any Error>?
        let thread = Thread {
            outcome = Result { try body() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        done.wait()
        return try outcome!.get()
    }
}
