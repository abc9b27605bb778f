import Foundation
import Synchronization
import Testing
@testable import NewsCorpus

/// `ConcurrentMap` with a state per thread: the order is kept and a worker's cache lives for
/// the whole map, not for one run of elements (the start-up made 64 cold workers for 8,000
/// articles, and worked out the same words' facts 64 times).
@Suite struct ConcurrentMapTests {
    @Test func keepsTheOrderAndMakesOneStatePerThread() {
        let made = Atomic<Int>(0)
        let input = Array(0..<5_000)
        let output = ConcurrentMap.map(input, state: { made.wrappingAdd(1, ordering: .relaxed) }) { _, x in x * 2 }
        #expect(output == input.map { $0 * 2 })
        let threads = ProcessInfo.processInfo.activeProcessorCount
        #expect(made.load(ordering: .relaxed) <= max(1, threads))
        #expect(made.load(ordering: .relaxed) >= 1)
    }

    @Test func aStateIsUsedByOneThreadAtATime() {
        final class Box: @unchecked Sendable { var busy = false; var clashes = 0 }
        let input = Array(0..<2_000)
        let boxes = Mutex<[Box]>([])
        let output = ConcurrentMap.map(input, state: { () -> Box in
            let b = Box(); boxes.withLock { $0.append(b) }; return b
        }) { box, x -> Int in
            if box.busy { box.clashes += 1 }
            box.busy = true
            defer { box.busy = false }
            return x + 1
        }
        #expect(output == input.map { $0 + 1 })
        #expect(boxes.withLock { $0.allSatisfy { $0.clashes == 0 } })
    }

    @Test func oneElementAndNone() {
        #expect(ConcurrentMap.map([7], state: { 1 }) { s, x in s + x } == [8])
        #expect(ConcurrentMap.map([Int](), state: { 1 }) { s, x in s + x }.isEmpty)
    }
}
