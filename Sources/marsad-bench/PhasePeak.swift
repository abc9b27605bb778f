import Foundation

/// With `MARSAD_BENCH_PHASES=1`: each build phase's peak resident memory (VmHWM, reset after
/// each phase through `/proc/self/clear_refs`) on stderr, to find which phase sets the build's
/// peak. `highest` keeps the largest, so the report's HWM stays the whole build's.
struct PhasePeak {
    let enabled = ProcessInfo.processInfo.environment["MARSAD_BENCH_PHASES"] == "1"
    private(set) var highest = 0

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let memory = ProcessMemory.current()
        highest = max(highest, memory.peak)
        FileHandle.standardError.write(Data(String(format: "  phase %@: peak %.0f MiB, now %.0f MiB\n", phase,
                                                   Double(memory.peak) / 1_048_576, Double(memory.resident) / 1_048_576).utf8))
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}
