import HTTPTypes

/// Collects routes at start-up. Call `build()` once to get the frozen, thread-safe `Router`.
public struct RouterBuilder {
    private var routes: [(method: HTTPRequest.Method, pattern: RoutePattern, handler: Handler)] = []
    private var fallback: Handler?

    public init() {}

    /// Adds a route; a `GET` route also answers `HEAD` (RFC 9110 §9.3.2).
    public mutating func add(_ method: HTTPRequest.Method, _ pattern: String, _ handler: @escaping Handler) throws {
        let parsed = try RoutePattern(pattern)
        if routes.contains(where: { $0.method == method && $0.pattern == parsed }) {
            throw RoutePatternError.duplicate("\(method) \(pattern)")
        }
        routes.append((method, parsed, handler))
    }

    public mutating func get(_ pattern: String, _ handler: @escaping Handler) throws {
        try add(.get, pattern, handler)
    }

    public mutating func post(_ pattern: String, _ handler: @escaping Handler) throws {
        try add(.post, pattern, handler)
    }

    public mutating func put(_ pattern: String, _ handler: @escaping Handler) throws {
        try add(.put, pattern, handler)
    }

    public mutating func delete(_ pattern: String, _ handler: @escaping Handler) throws {
        try add(.delete, pattern, handler)
    }

    /// Handles every request no route's path matches (e.g. static files); without it, 404.
    public mutating func setFallback(_ handler: @escaping Handler) {
        fallback = handler
    }

    /// Freezes the routes.
    public func build() -> Router {
        Router(routes: routes.map { Router.Entry(method: $0.method, pattern: $0.pattern, handler: $0.handler) },
               fallback: fallback)
    }
}

/// The frozen route table: finds the handler for a request, answers 404 and 405 (with `Allow`),
/// serves `HEAD` from `GET`, and turns thrown errors into problem+json.
public struct Router: Responder {
    struct Entry: Sendable {
        let method: HTTPRequest.Method
        let pattern: RoutePattern
        let handler: Handler
        /// Index into `routeNames`.
        var routeID = 0
    }

    /// Index of the fallback's label in `routeNames`.
    static let staticRouteID = 1
    /// "unmatched", "static", then each distinct route pattern.
    public let routeNames: [String]

    private let exact: [String: [Entry]]
    private let patterned: [Entry]
    private let fallback: Handler?

    init(routes: [Entry], fallback: Handler?) {
        var exact: [String: [Entry]] = [:]
        var patterned: [Entry] = []
        var names = ["unmatched", "static"]
        for var entry in routes {
            if let known = names.firstIndex(of: entry.pattern.description) {
                entry.routeID = known
            } else {
                entry.routeID = names.count
                names.append(entry.pattern.description)
            }
            let isLiteral = entry.pattern.segments.allSatisfy {
                if case .literal = $0 { return true } else { return false }
            }
            if isLiteral {
                exact["/" + entry.pattern.segments.map { if case .literal(let s) = $0 { s } else { "" } }.joined(separator: "/"), default: []].append(entry)
            } else {
                patterned.append(entry)
            }
        }
        self.exact = exact
        self.patterned = patterned
        self.fallback = fallback
        self.routeNames = names
    }

    public func respond(to request: Request) -> Response {
        var routeID = 0
        var response: Response
        do {
            response = try route(request, routeID: &routeID)
        } catch {
            response = ProblemDetails.response(for: error)
        }
        // A fallback's 404 is an unmatched path, not a static file.
        response.routeID = routeID == Self.staticRouteID && response.status == .notFound ? 0 : routeID
        return response
    }

    private func route(_ request: Request, routeID: inout Int) throws -> Response {
        var candidates: [Entry] = []
        var segments: [Substring] = []
        let utf8 = request.path.utf8
        let hasTrailingSlash = utf8.count > 1 && utf8.last == UInt8(ascii: "/")
        let trimmed = hasTrailingSlash ? String(request.path.dropLast()) : request.path
        if let entries = exact[trimmed] {
            candidates = entries
        } else {
            segments = RoutePattern.segments(of: trimmed)
            for entry in patterned where entry.pattern.matches(segments) {
                candidates.append(entry)
            }
        }
        guard !candidates.isEmpty else {
            if let fallback {
                routeID = Self.staticRouteID
                return try fallback(request)
            }
            throw HTTPError.notFound("No resource at \(request.path).")
        }
        routeID = candidates[0].routeID
        let wanted: HTTPRequest.Method = request.method == .head ? .get : request.method
        if let entry = candidates.first(where: { $0.method == wanted }) {
            guard entry.pattern.hasCaptures else { return try entry.handler(request) }
            var routed = request
            routed.pathParameters = entry.pattern.captures(segments)
            return try entry.handler(routed)
        }
        if request.method == .options {
            var fields = HTTPFields()
            fields[.allow] = Self.allow(candidates.map(\.method))
            return Response(status: .noContent, headerFields: fields)
        }
        var fields = HTTPFields()
        fields[.allow] = Self.allow(candidates.map(\.method))
        throw HTTPError(.methodNotAllowed,
                        detail: "\(request.method) is not allowed on \(request.path).",
                        headerFields: fields)
    }

    /// The `Allow` value (RFC 9110 §10.2.1): the route's methods, plus HEAD wherever GET is.
    static func allow(_ methods: [HTTPRequest.Method]) -> String {
        var names = methods.map(\.rawValue)
        if names.contains("GET") && !names.contains("HEAD") { names.append("HEAD") }
        return names.joined(separator: ", ")
    }
}
