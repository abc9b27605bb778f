import Foundation

/// Resident memory of this process, read from `/proc/self/status` (Linux).
struct ProcessMemory {
    /// Current resident set (VmRSS) in bytes.
    var resident: Int
    /// Peak resident set (VmHWM) in bytes.
    var peak: Int

    /// The current figures; zeros where `/proc` is unavailable.
    static func current() -> ProcessMemory {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return ProcessMemory(resident: 0, peak: 0)
        }
        func kilobytes(_ field: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }) else { return 0 }
            return Int(line.split(separator: " ").dropFirst().first ?? "0").map { $0 * 1024 } ?? 0
        }
        return ProcessMemory(resident: kilobytes("VmRSS:"), peak: kilobytes("VmHWM:"))
    }
}
