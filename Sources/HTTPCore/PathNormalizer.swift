/// Dot-segment removal (RFC 3986 §5.2.4) on an already percent-decoded absolute path, so
/// `%2e%2e` is treated exactly like `..` and nothing can climb above `/`.
enum PathNormalizer {
    /// `path` (starting with `/`) without `.` and `..` segments; `..` at the root stays at the root.
    static func removeDotSegments(_ path: [UInt8]) -> [UInt8] {
        guard mayHaveDotSegment(path) else { return path }
        var segments: [ArraySlice<UInt8>] = []
        let parts = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        var trailingSlash = false
        for (offset, part) in parts.enumerated() {
            let isLast = offset == parts.count - 1
            if part.elementsEqual([UInt8(ascii: ".")]) {
                trailingSlash = isLast
            } else if part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                if !segments.isEmpty { segments.removeLast() }
                trailingSlash = isLast
            } else {
                segments.append(part)
                trailingSlash = false
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(path.count)
        for segment in segments {
            out.append(UInt8(ascii: "/"))
            out.append(contentsOf: segment)
        }
        if trailingSlash || out.isEmpty { out.append(UInt8(ascii: "/")) }
        return out
    }

    /// Cheap pre-check: a dot-segment needs a `.` right after a `/`.
    private static func mayHaveDotSegment(_ path: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in path {
            if byte == UInt8(ascii: ".") && previous == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }
}
