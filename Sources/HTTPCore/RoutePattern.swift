/// A route path such as `/api/articles/{id}`: literal segments and `{name}` captures.
/// Validated when built, so a typo fails at start-up, not at request time.
public struct RoutePattern: Sendable, Hashable, CustomStringConvertible {
    /// One segment of the pattern.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case capture(String)
    }

    public let segments: [Segment]
    public let description: String

    /// Parses `pattern`; throws on an empty capture name, a repeated name or a missing leading `/`.
    public init(_ pattern: String) throws {
        guard pattern.hasPrefix("/") else {
            throw RoutePatternError.invalid(pattern, "must start with /")
        }
        var names = Set<String>()
        var segments: [Segment] = []
        for part in pattern.split(separator: "/", omittingEmptySubsequences: true) {
            if part.hasPrefix("{") && part.hasSuffix("}") {
                let name = String(part.dropFirst().dropLast())
                guard !name.isEmpty, names.insert(name).inserted else {
                    throw RoutePatternError.invalid(pattern, "bad or repeated capture {\(name)}")
                }
                segments.append(.capture(name))
            } else {
                guard !part.contains("{"), !part.contains("}") else {
                    throw RoutePatternError.invalid(pattern, "braces must enclose a whole segment")
                }
                segments.append(.literal(String(part)))
            }
        }
        self.segments = segments
        self.description = pattern
    }

    /// Whether any segment is a `{name}` capture.
    var hasCaptures: Bool {
        segments.contains { if case .capture = $0 { true } else { false } }
    }

    /// The segments of a path (`/a/b` → `a`, `b`), split on the bytes, not on characters.
    static func segments(of path: String) -> [Substring] {
        var segments: [Substring] = []
        let utf8 = path.utf8
        var start = utf8.startIndex
        if start < utf8.endIndex && utf8[start] == UInt8(ascii: "/") { start = utf8.index(after: start) }
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "/") {
                segments.append(Substring(utf8[start..<index]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        segments.append(Substring(utf8[start..<utf8.endIndex]))
        return segments
    }

    /// Whether `pathSegments` matches: same count, equal literals (byte for byte), non-empty
    /// captures.
    func matches(_ pathSegments: [Substring]) -> Bool {
        guard pathSegments.count == segments.count else { return false }
        for (segment, part) in zip(segments, pathSegments) {
            switch segment {
            case .literal(let literal):
                guard Self.sameBytes(literal, part) else { return false }
            case .capture:
                guard !part.isEmpty else { return false }
            }
        }
        return true
    }

    private static func sameBytes(_ literal: String, _ part: Substring) -> Bool {
        guard literal.utf8.count == part.utf8.count else { return false }
        let fast = literal.utf8.withContiguousStorageIfAvailable { a in
            part.utf8.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return (fast ?? nil) ?? literal.utf8.elementsEqual(part.utf8)
    }

    /// The `{name}` values of `pathSegments`, which `matches` accepted.
    func captures(_ pathSegments: [Substring]) -> [String: String] {
        var captures: [String: String] = [:]
        for (segment, part) in zip(segments, pathSegments) {
            if case .capture(let name) = segment { captures[name] = String(part) }
        }
        return captures
    }
}

/// Why a route pattern was refused.
public enum RoutePatternError: Error, Equatable {
    case invalid(String, String)
    case duplicate(String)
}
