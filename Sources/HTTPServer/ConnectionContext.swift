import Dispatch
import HTTPCore
import Logging

/// What every connection of one server shares: immutable, so freely sent between queues.
struct ConnectionContext: Sendable {
    let responder: any Responder
    let logger: Logger
    let limits: HTTPLimits
    let readBufferSize: Int
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

    /// One line per request: method, path, status, body bytes, duration and peer.
    func logRequest(_ request: Request, response: Response, started: ContinuousClock.Instant) {
        guard logger.logLevel <= .info else { return }
        let elapsed = ContinuousClock.now - started
        let millis = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let rounded = (millis * 100).rounded() / 100
        logger.info("\(request.method) \(request.path) \(response.status.code) \(response.body.count)B \(rounded)ms \(request.remoteAddress ?? "-")")
    }
}
