/// Anything that turns a request into a response. The server calls it on an event loop for
/// GET, HEAD and OPTIONS (so it must not block for long: other connections wait meanwhile) and
/// on Dispatch's global pool for other methods; it must not throw (errors are already
/// responses here).
public protocol Responder: Sendable {
    func respond(to request: Request) -> Response
    /// Low-cardinality labels for metrics, indexed by `Response.routeID`: route patterns, never
    /// raw paths. Index 0 is "unmatched".
    var routeNames: [String] { get }
}

extension Responder {
    /// Only "unmatched", for responders without routes.
    public var routeNames: [String] { ["unmatched"] }
}

/// A request handler for one route. Throw `HTTPError` for client errors.
public typealias Handler = @Sendable (Request) throws -> Response
