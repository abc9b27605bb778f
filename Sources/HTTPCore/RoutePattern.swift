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

    /// The captures if `pathSegments` matches this pattern.
    func match(_ pathSegments: [Substring]) -> [String: String]? {
        guard pathSegments.count == segments.count else { return nil }
        var captures: [String: String] = [:]
        for (segment, part) in zip(segments, pathSegments) {
            switch segment {
            case .literal(let literal):
                guard literal == part else { return nil }
            case .capture(let name):
                guard !part.isEmpty else { return nil }
                captures[name] = String(part)
            }
        }
        return captures
    }
}

/// Why a route pattern was refused.
public enum RoutePatternError: Error, Equatable {
    case invalid(String, String)
    case duplicate(String)
}
