import Dispatch
import HTTPCore
import Logging
import Synchronization

/// What every connection of one server shares: immutable, so freely sent between queues.
struct ConnectionContext: Sendable {
    let pipeline: RequestPipeline
    let metrics: ServerMetrics
    let structuredLog: Bool
    let logger: Logger
    let limits: HTTPLimits
    /// Set when the server begins shutting down, so responses already being produced say
    /// `Connection: close` (one atomic load per response, no lock).
    let stopping: StoppingFlag
    /// Called on the connection's queue after its descriptor is closed.
    let onClose: @Sendable (Connection) -> Void

    /// How often each connection checks its deadlines: a quarter of the shortest timeout,
    /// between 10 ms and 1 s, so a deadline is enforced within 25% of its length.
    var tickMilliseconds: Int {
        let shortest = min(limits.headerReadTimeout, limits.idleTimeout, max(limits.minTransferRateGrace, .seconds(1)))
        let quarter = shortest / 4
        let millis = Int(quarter.components.seconds * 1000 + quarter.components.attoseconds / 1_000_000_000_000_000)
        return min(1000, max(10, millis))
    }

    /// One line per request: method, path, status, body bytes (a streamed body's as sent), duration,
    /// client and request id.
    func logRequest(_ request: Request, response: Response, bytes: Int, elapsed: Duration) {
        guard logger.logLevel <= .info else { return }
        let millis = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let rounded = (millis * 100).rounded() / 100
        if structuredLog {
            logger.info("request", metadata: [
                "method": "\(request.method)", "path": "\(request.path)",
                "status": .stringConvertible(response.status.code), "bytes": .stringConvertible(bytes),
                "ms": .stringConvertible(rounded), "client": "\(request.remoteAddress ?? "-")",
                "requestId": "\(request.requestID ?? "-")",
            ])
        } else {
            logger.info("\(request.method) \(request.path) \(response.status.code) \(bytes)B \(rounded)ms \(request.remoteAddress ?? "-") \(request.requestID ?? "-")")
        }
    }
}

/// A one-way flag: false until the server starts shutting down.
final class StoppingFlag: Sendable {
    private let value = Atomic<Bool>(false)

    var isSet: Bool { value.load(ordering: .relaxed) }

    func set() { value.store(true, ordering: .relaxed) }
}
