/// Every limit the server enforces, in one place (like NIOHTTP1's decoder limits).
///
/// The parser reads the size limits; the connection reads the timeouts and counts.
/// Each property names the status a client sees when it is exceeded.
public struct HTTPLimits: Sendable, Equatable {
    /// Longest request line (method, target, version), in bytes. Beyond: 414 (RFC 9112 §3).
    public var maxRequestLineLength: Int = 8 * 1024
    /// Longest raw query (after `?`), in bytes. Beyond: 414.
    public var maxQueryLength: Int = 4 * 1024
    /// Total bytes of the header section after the request line (and of a chunked trailer
    /// section). Beyond: 431 (RFC 6585 §5).
    public var maxHeaderBytes: Int = 16 * 1024
    /// Number of header field lines (and of trailer field lines). Beyond: 431.
    public var maxHeaderCount: Int = 100
    /// Largest request body, decoded. Beyond: 413 (RFC 9110 §15.5.14).
    public var maxBodyBytes: Int = 1024 * 1024
    /// Larger body limits for a few exact paths (after percent-decoding and dot-segment
    /// removal), e.g. a bulk upload; every other path gets `maxBodyBytes`. The HTTP layer only
    /// knows the paths and sizes; the application names them. Beyond: 413.
    public var bodyLimitsByPath: [String: Int] = [:]
    /// Longest chunk-size line including extensions (RFC 9112 §7.1.1). Beyond: 400.
    public var maxChunkLineLength: Int = 1024
    /// Time allowed from a request's first byte to the end of its header section. Beyond: 408.
    public var headerReadTimeout: Duration = .seconds(10)
    /// Time a keep-alive connection may sit between requests before the server closes it.
    public var idleTimeout: Duration = .seconds(30)
    /// Slowest accepted request once `minTransferRateGrace` has passed, in bytes per second, for
    /// the header section and the body alike (a slowloris defence; beyond: 408). 0 disables.
    public var minTransferRate: Int = 512
    /// How long a request may take before `minTransferRate` applies.
    public var minTransferRateGrace: Duration = .seconds(5)
    /// Requests served on one connection before the server answers with `Connection: close`.
    public var maxRequestsPerConnection: Int = 10_000
    /// Open connections; the next one gets a 503 problem response and is closed. Each idle
    /// connection costs a few KiB (measured by `scripts/load-test.sh`), so 10,000 fit in well
    /// under 100 MiB; the process's open-file limit must allow it (the server raises its soft
    /// limit to the hard one at start-up).
    public var maxConnections: Int = 10_000

    /// The defaults above.
    public init() {}

    /// The largest body accepted for a request to `path`.
    public func maxBodyBytes(forPath path: String) -> Int {
        bodyLimitsByPath.isEmpty ? maxBodyBytes : bodyLimitsByPath[path] ?? maxBodyBytes
    }

    /// Throws an `HTTPLimitsError` naming the first limit that is not positive or is inconsistent.
    public func validate() throws(HTTPLimitsError) {
        let positives: [(String, Int)] = [
            ("maxRequestLineLength", maxRequestLineLength), ("maxQueryLength", maxQueryLength),
            ("maxHeaderBytes", maxHeaderBytes), ("maxHeaderCount", maxHeaderCount),
            ("maxChunkLineLength", maxChunkLineLength),
            ("maxRequestsPerConnection", maxRequestsPerConnection), ("maxConnections", maxConnections),
        ]
        for (name, value) in positives where value <= 0 {
            throw HTTPLimitsError(limit: name, reason: "must be positive, got \(value)")
        }
        if maxBodyBytes < 0 { throw HTTPLimitsError(limit: "maxBodyBytes", reason: "must not be negative") }
        for (path, limit) in bodyLimitsByPath where limit < 0 || !path.hasPrefix("/") {
            throw HTTPLimitsError(limit: "bodyLimitsByPath", reason: "\(path): needs a path starting with / and a limit not negative")
        }
        if minTransferRate < 0 { throw HTTPLimitsError(limit: "minTransferRate", reason: "must not be negative") }
        if maxQueryLength > maxRequestLineLength {
            throw HTTPLimitsError(limit: "maxQueryLength", reason: "cannot exceed maxRequestLineLength")
        }
        for (name, value) in [("headerReadTimeout", headerReadTimeout), ("idleTimeout", idleTimeout)]
        where value <= .zero {
            throw HTTPLimitsError(limit: name, reason: "must be positive")
        }
        if minTransferRateGrace < .zero {
            throw HTTPLimitsError(limit: "minTransferRateGrace", reason: "must not be negative")
        }
    }
}

/// A limit that `HTTPLimits.validate()` refused.
public struct HTTPLimitsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The property name.
    public var limit: String
    /// Why it was refused.
    public var reason: String

    /// Names the limit and the reason.
    public init(limit: String, reason: String) {
        self.limit = limit
        self.reason = reason
    }

    /// "`limit` reason".
    public var description: String { "\(limit) \(reason)" }
}
