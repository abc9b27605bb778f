import Dispatch

/// Runs numbered jobs on all cores and gives back their results in job order.
enum ParallelRuns {
    static func map<R: Sendable>(count: Int, _ job: @Sendable (Int) -> R) -> [R] {
        guard count > 1 else { return (0..<count).map(job) }
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                slots.initialize(i, to: job(i))
            }
            initialized = count
        }
    }
}

/// The output buffer of `ParallelRuns.map`, shared by its iterations: each index is initialised
/// by exactly one iteration, and the buffer is read only after `concurrentPerform` returns.
private struct Slots<R>: @unchecked Sendable {
    let base: UnsafeMutablePointer<R>
    func initialize(_ i: Int, to value: R) { (base + i).initialize(to: value) }
}
