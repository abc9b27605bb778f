import HTTPCore

/// Where the server listens and the limits it enforces.
public struct ServerConfiguration: Sendable {
    /// Host name or address to bind: `127.0.0.1`, `::`, `0.0.0.0`, `localhost`…
    public var host: String
    /// TCP port; 0 picks a free one (`Server.start()` returns it).
    public var port: Int
    /// Every size, count and time limit, in one place.
    public var limits: HTTPLimits
    /// Bytes read from a socket per `read` call (one reused buffer per event loop).
    public var readBufferSize: Int = 16 * 1024
    /// How many event loops (threads) serve connections; nil means one per CPU the process may
    /// run on.
    public var eventLoops: Int?
    /// Peers whose `Forwarded` / `X-Forwarded-*` fields are believed (`--trusted-proxy`).
    public var trustedProxies = TrustedProxies()
    /// A prefix a reverse proxy mounts the server under without stripping it (`--base-path`):
    /// requests under it are routed with it removed, and `Location` gets it back.
    public var basePath: String? {
        get { normalisedBasePath }
        set { normalisedBasePath = RequestPipeline.normaliseBasePath(newValue) }
    }
    private var normalisedBasePath: String?
    /// Where the server answers Prometheus scrapes itself; nil turns the endpoint off.
    public var metricsPath: String? = "/metrics"
    /// Request log lines carry structured metadata (for `JSONLogHandler`) instead of one
    /// readable message.
    public var structuredRequestLog = false

    /// A configuration with default limits.
    public init(host: String = "127.0.0.1", port: Int = 8080, limits: HTTPLimits = HTTPLimits()) {
        self.host = host
        self.port = port
        self.limits = limits
    }

    /// The limits connections enforce: `limits`, with each per-path body limit also applying
    /// under `basePath` (the parser sees paths before the prefix is stripped).
    var connectionLimits: HTTPLimits {
        guard let basePath, !limits.bodyLimitsByPath.isEmpty else { return limits }
        var prefixed = limits
        for (path, limit) in limits.bodyLimitsByPath {
            prefixed.bodyLimitsByPath[basePath + path] = limit
        }
        return prefixed
    }

    /// Throws if the port or a limit is out of range.
    public func validate() throws(HTTPLimitsError) {
        guard (0...65_535).contains(port) else {
            throw HTTPLimitsError(limit: "port", reason: "must be in 0…65535, got \(port)")
        }
        guard readBufferSize >= 1024 else {
            throw HTTPLimitsError(limit: "readBufferSize", reason: "must be at least 1024")
        }
        if let eventLoops, !(1...256).contains(eventLoops) {
            throw HTTPLimitsError(limit: "eventLoops", reason: "must be in 1…256, got \(eventLoops)")
        }
        try limits.validate()
    }
}
