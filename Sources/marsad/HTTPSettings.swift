import ArgumentParser
import HTTPServer
import Logging

/// HTTP-layer options (issues 7 and 9), resolved flag → environment → default. A hook owned by
/// the HTTP layer: `Application` only calls `configure(_:)` and `bootstrapLogging()`.
struct HTTPSettings {
    enum LogFormat: String { case text, json }

    var trustedProxies: [AddressRange]
    var basePath: String?
    var logFormat: LogFormat
    var shutdownTimeout: Int
    var maxConnections: Int?
    /// Event loops (threads serving connections); nil means one per usable CPU.
    var eventLoops: Int?
    /// The lowest level logged; `warning` drops the per-request lines (benchmarks, quiet hosts).
    var logLevel: Logger.Level

    init(trustedProxy: [String], basePath: String?, logFormat: String?, logLevel: String? = nil,
         shutdownTimeout: Int?, maxConnections: Int?, eventLoops: Int? = nil,
         environment: [String: String]) throws {
        let levelText = logLevel ?? environment["MARSAD_LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: levelText) else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical; got '\(levelText)'.")
        }
        self.logLevel = level
        let proxies = trustedProxy.isEmpty
            ? (environment["MARSAD_TRUSTED_PROXIES"] ?? "").split(separator: ",").map { String($0).trimmed }
            : trustedProxy
        trustedProxies = try proxies.filter { !$0.isEmpty }.map { text in
            guard let range = AddressRange(text) else {
                throw ValidationError("--trusted-proxy: '\(text)' is not an IP address or CIDR range.")
            }
            return range
        }
        self.basePath = basePath ?? environment["MARSAD_BASE_PATH"].flatMap { $0.isEmpty ? nil : $0 }
        let format = logFormat ?? environment["MARSAD_LOG_FORMAT"] ?? "text"
        guard let parsed = LogFormat(rawValue: format) else {
            throw ValidationError("--log-format must be text or json; got '\(format)'.")
        }
        self.logFormat = parsed
        if let shutdownTimeout {
            self.shutdownTimeout = shutdownTimeout
        } else if let text = environment["MARSAD_SHUTDOWN_TIMEOUT"] {
            guard let value = Int(text) else {
                throw ValidationError("MARSAD_SHUTDOWN_TIMEOUT must be a whole number of seconds; got '\(text)'.")
            }
            self.shutdownTimeout = value
        } else {
            self.shutdownTimeout = 10
        }
        guard self.shutdownTimeout >= 0 else { throw ValidationError("--shutdown-timeout must not be negative.") }
        self.maxConnections = try Self.positive(maxConnections, "--max-connections", "MARSAD_MAX_CONNECTIONS", environment)
        self.eventLoops = try Self.positive(eventLoops, "--event-loops", "MARSAD_EVENT_LOOPS", environment)
    }

    /// A positive count from its flag, else its environment variable, else nil.
    private static func positive(_ flag: Int?, _ flagName: String, _ key: String,
                                 _ environment: [String: String]) throws -> Int? {
        if let flag {
            guard flag > 0 else { throw ValidationError("\(flagName) must be a positive number; got \(flag).") }
            return flag
        }
        guard let text = environment[key] else { return nil }
        guard let value = Int(text), value > 0 else {
            throw ValidationError("\(key) must be a positive number; got '\(text)'.")
        }
        return value
    }

    /// Installs the log handler: JSON lines when asked, else swift-log's readable stream; both at
    /// `logLevel`.
    func bootstrapLogging() {
        let level = logLevel
        switch logFormat {
        case .json:
            LoggingSystem.bootstrap { label in
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardOutput(label: label)
                handler.logLevel = level
                return handler
            }
        }
    }

    /// Applies the options to the server's configuration and raises the open-file limit.
    func configure(_ configuration: inout ServerConfiguration, logger: Logger) {
        configuration.trustedProxies = TrustedProxies(trustedProxies)
        configuration.basePath = basePath
        configuration.structuredRequestLog = logFormat == .json
        if let maxConnections { configuration.limits.maxConnections = maxConnections }
        configuration.eventLoops = eventLoops
        let files = ResourceLimits.raiseOpenFileLimit()
        if files < configuration.limits.maxConnections + 64 {
            logger.warning("open-file limit \(files) is below max connections \(configuration.limits.maxConnections); raise ulimit -n")
        }
    }
}

extension String {
    fileprivate var trimmed: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
