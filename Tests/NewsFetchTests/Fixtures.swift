import Foundation

/// The hand-written pages and feeds in `Tests/Fixtures/feeds`.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds")

    /// The file's bytes with `{{base}}` replaced.
    static func bytes(_ name: String, base: String = "http://news.example") -> [UInt8] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return Array(text.replacingOccurrences(of: "{{base}}", with: base).utf8)
    }
}
