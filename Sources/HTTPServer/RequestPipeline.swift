import HTTPCore
import HTTPTypes

/// What the server does around the application's responder for every request: the request id,
/// the client address behind trusted proxies, the base path, and the metrics endpoint. Kept to
/// a few field look-ups so the per-request path stays lean.
struct RequestPipeline: Sendable {
    let responder: any Responder
    let metrics: ServerMetrics
    let metricsPath: String?
    /// Normalised: leading `/`, no trailing `/`; nil when unset.
    let basePath: String?
    let trustedProxies: TrustedProxies
    let requestIDs = RequestIDs()

    /// Completes `request` (id, client, path) and answers it.
    func respond(to request: inout Request, peer: IPAddress?, connection: UInt64, number: Int) -> Response {
        if let id = request.headerFields[RequestIDs.fieldName], RequestIDs.isAcceptable(id) {
            request.requestID = id
        } else {
            request.requestID = requestIDs.make(connection: connection, request: number)
        }
        if let peer, !trustedProxies.ranges.isEmpty,
           let (address, scheme) = trustedProxies.client(of: request, peer: peer) {
            request.remoteAddress = address
            if let scheme { request.scheme = scheme }
        }
        var stripped = false
        if let basePath, let rest = Self.strip(basePath, from: request.path) {
            request.path = rest
            stripped = true
        }
        var response: Response
        if let metricsPath, request.path == metricsPath, request.method == .get || request.method == .head {
            response = Response.text(metrics.render())
            response.headerFields[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            response.routeID = metrics.metricsRouteID
        } else {
            response = responder.respond(to: request)
        }
        if stripped, let basePath, let location = response.headerFields[.location],
           location.hasPrefix("/"), !location.hasPrefix("//") {
            response.headerFields[.location] = basePath + location
        }
        response.requestID = request.requestID
        return response
    }

    /// The problem response for a request the parser (or the connection's clock) refused, with a
    /// generated `X-Request-Id` like every other response: no request was parsed, so no client
    /// id can be kept.
    func refusal(_ error: HTTPError, connection: UInt64, number: Int) -> Response {
        var response = ProblemDetails.response(for: error)
        response.requestID = requestIDs.make(connection: connection, request: number)
        return response
    }

    /// `path` with `base` removed when it lies under it (`/base` → `/`, `/base/x` → `/x`).
    static func strip(_ base: String, from path: String) -> String? {
        guard path.hasPrefix(base) else { return nil }
        let rest = path.utf8.dropFirst(base.utf8.count)
        if rest.isEmpty { return "/" }
        guard rest.first == UInt8(ascii: "/") else { return nil }
        return String(Substring(rest))
    }

    /// `--base-path` as given (`marsad`, `/marsad/`) normalised to `/marsad`; nil for empty or `/`.
    static func normaliseBasePath(_ raw: String?) -> String? {
        guard var path = raw?.trimmingCharacters(in: "/"), !path.isEmpty else { return nil }
        path = "/" + path
        return path
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return String(slice)
    }
}
