import HTTPCore
import HTTPTypes
import Synchronization

/// Bounds how many `POST /api/articles/fetch` requests fetch at once: each may hold a worker
/// thread for up to the fetch timeouts, so past the bound a request is told to retry (429)
/// rather than queued behind slow sites.
final class FetchGate: Sendable {
    let limit: Int
    private let inFlight = Mutex(0)

    init(limit: Int) {
        self.limit = limit
    }

    /// Runs `body` if a slot is free; throws 429 with `Retry-After` otherwise.
    func run<T>(_ body: () throws -> T) throws -> T {
        let admitted = inFlight.withLock { count -> Bool in
            guard count < limit else { return false }
            count += 1
            return true
        }
        guard admitted else {
            var fields = HTTPFields()
            fields[.retryAfter] = "5"
            throw HTTPError(.tooManyRequests, detail: "\(limit) pages are being fetched already; retry shortly.",
                            headerFields: fields)
        }
        defer { inFlight.withLock { $0 -= 1 } }
        return try body()
    }
}
