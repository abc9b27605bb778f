import Synchronization

/// Request counters, a latency histogram and connection gauges, rendered in the Prometheus text
/// format (exposition format 0.0.4). Recording is a few relaxed atomic increments, no lock.
///
/// `@unchecked Sendable`: the counter buffers are allocated once in `init`, never reassigned or
/// freed while the registry lives, and their elements are only touched through `Atomic`
/// operations; the gauge list is behind a `Mutex`.
public final class ServerMetrics: @unchecked Sendable {
    /// Upper bounds of the latency buckets, in seconds (`+Inf` is implied).
    static let bucketBounds: [Double] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                         0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
    /// Status codes 100…599 each get a counter per route.
    static let statusRange = 100..<600

    /// Labels by route id; the last is the metrics endpoint itself.
    let routeNames: [String]
    private let requests: UnsafeMutablePointer<Atomic<Int>>
    private let buckets: UnsafeMutablePointer<Atomic<Int>>
    private let nanosecondSums: UnsafeMutablePointer<Atomic<Int>>
    private let counterCount: Int
    private let bucketCount: Int
    let openConnections = Atomic<Int>(0)
    let acceptedConnections = Atomic<Int>(0)
    let refusedConnections = Atomic<Int>(0)
    private let gauges = Mutex<[Gauge]>([])

    struct Gauge {
        var name: String
        var help: String
        var value: @Sendable () -> Double
    }

    /// A registry for a responder whose routes are `routeNames` (index 0 = unmatched).
    public init(routeNames: [String]) {
        self.routeNames = (routeNames.isEmpty ? ["unmatched"] : routeNames) + ["metrics"]
        counterCount = self.routeNames.count * Self.statusRange.count
        bucketCount = self.routeNames.count * (Self.bucketBounds.count + 1)
        requests = Self.allocate(counterCount)
        buckets = Self.allocate(bucketCount)
        nanosecondSums = Self.allocate(self.routeNames.count)
    }

    deinit {
        requests.deinitialize(count: counterCount).deallocate()
        buckets.deinitialize(count: bucketCount).deallocate()
        nanosecondSums.deinitialize(count: routeNames.count).deallocate()
    }

    private static func allocate(_ count: Int) -> UnsafeMutablePointer<Atomic<Int>> {
        let pointer = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: count)
        for index in 0..<count { (pointer + index).initialize(to: Atomic(0)) }
        return pointer
    }

    /// The id of the metrics endpoint's own label.
    var metricsRouteID: Int { routeNames.count - 1 }

    /// Adds a gauge read at every scrape, e.g. the corpus size. `name` must be a valid metric name.
    public func addGauge(_ name: String, help: String, _ value: @escaping @Sendable () -> Double) {
        gauges.withLock { $0.append(Gauge(name: name, help: help, value: value)) }
    }

    /// Counts one response.
    func record(routeID: Int, status: Int, elapsed: Duration) {
        let route = routeID >= 0 && routeID < routeNames.count ? routeID : 0
        let code = Self.statusRange.contains(status) ? status : 599
        requests[route * Self.statusRange.count + code - Self.statusRange.lowerBound]
            .wrappingAdd(1, ordering: .relaxed)
        let nanoseconds = Int(elapsed.components.seconds) * 1_000_000_000
            + Int(elapsed.components.attoseconds / 1_000_000_000)
        let seconds = Double(nanoseconds) / 1e9
        var bucket = Self.bucketBounds.count
        for (index, bound) in Self.bucketBounds.enumerated() where seconds <= bound {
            bucket = index
            break
        }
        buckets[route * (Self.bucketBounds.count + 1) + bucket].wrappingAdd(1, ordering: .relaxed)
        nanosecondSums[route].wrappingAdd(nanoseconds, ordering: .relaxed)
    }

    /// The Prometheus text exposition of every series.
    public func render() -> String {
        var out = "# HELP marsad_http_requests_total HTTP responses by route pattern and status.\n"
        out += "# TYPE marsad_http_requests_total counter\n"
        let statuses = Self.statusRange.count
        for (route, name) in routeNames.enumerated() {
            for offset in 0..<statuses {
                let count = requests[route * statuses + offset].load(ordering: .relaxed)
                guard count > 0 else { continue }
                out += "marsad_http_requests_total{route=\"\(Self.escape(name))\",status=\"\(offset + Self.statusRange.lowerBound)\"} \(count)\n"
            }
        }
        out += "# HELP marsad_http_request_duration_seconds Time from a parsed request to its encoded response.\n"
        out += "# TYPE marsad_http_request_duration_seconds histogram\n"
        let width = Self.bucketBounds.count + 1
        for (route, name) in routeNames.enumerated() {
            var cumulative = 0
            var lines = ""
            let label = "route=\"\(Self.escape(name))\""
            for index in 0..<width {
                cumulative += buckets[route * width + index].load(ordering: .relaxed)
                let bound = index < Self.bucketBounds.count ? "\(Self.bucketBounds[index])" : "+Inf"
                lines += "marsad_http_request_duration_seconds_bucket{\(label),le=\"\(bound)\"} \(cumulative)\n"
            }
            guard cumulative > 0 else { continue }
            out += lines
            let sum = Double(nanosecondSums[route].load(ordering: .relaxed)) / 1e9
            out += "marsad_http_request_duration_seconds_sum{\(label)} \(sum)\n"
            out += "marsad_http_request_duration_seconds_count{\(label)} \(cumulative)\n"
        }
        out += "# HELP marsad_http_open_connections Connections currently open.\n"
        out += "# TYPE marsad_http_open_connections gauge\n"
        out += "marsad_http_open_connections \(openConnections.load(ordering: .relaxed))\n"
        out += "# HELP marsad_http_connections_total Connections accepted.\n"
        out += "# TYPE marsad_http_connections_total counter\n"
        out += "marsad_http_connections_total \(acceptedConnections.load(ordering: .relaxed))\n"
        out += "# HELP marsad_http_connections_refused_total Connections refused (cap reached or out of descriptors).\n"
        out += "# TYPE marsad_http_connections_refused_total counter\n"
        out += "marsad_http_connections_refused_total \(refusedConnections.load(ordering: .relaxed))\n"
        for gauge in gauges.withLock({ $0 }) {
            out += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n\(gauge.name) \(gauge.value())\n"
        }
        return out
    }

    /// Label value escaping: backslash, double quote and newline.
    static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
