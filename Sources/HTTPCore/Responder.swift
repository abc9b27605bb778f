/// Anything that turns a request into a response. The server calls it on a worker queue;
/// it must not block for long and must not throw (errors are already responses here).
public protocol Responder: Sendable {
    func respond(to request: Request) -> Response
}

/// A request handler for one route. Throw `HTTPError` for client errors.
public typealias Handler = @Sendable (Request) throws -> Response
