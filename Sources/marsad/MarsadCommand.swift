import ArgumentParser
import Foundation

/// `marsad`: serves a folder of Arabic news articles over HTTP. Every option also reads an
/// environment variable; the flag wins.
@main
struct MarsadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Serve a folder of Arabic news articles: articles, entities, timeline and search over HTTP.",
        subcommands: [ImportCommand.self]
    )

    @Option(help: "Address to listen on (env MARSAD_HOST; default 127.0.0.1; use 0.0.0.0 or :: for all).")
    var host: String?

    @Option(help: "Port to listen on; 0 picks a free one (env MARSAD_PORT, else PORT; default 8080).")
    var port: Int?

    @Option(help: "Folder of *.txt articles (env MARSAD_CORPUS; default seeds).")
    var corpus: String?

    @Option(name: .customLong("public"), help: "Folder of the browser UI's static files (env MARSAD_PUBLIC; default Public).")
    var publicFolder: String?

    @Option(help: "Folder where articles added through the API are journaled (env MARSAD_DATA). Without it, writes live in memory only.")
    var data: String?

    @Option(help: "PostgreSQL URL of a store shared by several replicas, e.g. postgres://marsad:secret@db:5432/marsad?sslmode=require (env MARSAD_STORE, better: a flag shows in ps). Replaces --data.")
    var store: String?

    @Option(name: .customLong("store-staleness"), help: "Seconds without contact with the --store database before /readyz answers 503 (env MARSAD_STORE_STALENESS; default 10).")
    var storeStaleness: Int?

    @Flag(name: .customLong("feed-polling"), inversion: .prefixedNo, help: "Poll subscribed feeds every 30 s (env MARSAD_FEED_POLLING=0 turns it off); with several replicas on one --store, keep it on one of them.")
    var feedPolling = true

    @Flag(name: .customLong("allow-private-fetch"), help: "Let feeds and fetched links reach private, loopback and link-local addresses (env MARSAD_ALLOW_PRIVATE_FETCH=1); refused by default against SSRF.")
    var allowPrivateFetch = false

    // HTTP-layer options (issues 7 and 9); resolved by HTTPSettings.
    @Option(name: .customLong("trusted-proxy"), help: "A reverse proxy (address or CIDR) whose Forwarded/X-Forwarded-* fields are believed; repeatable (env MARSAD_TRUSTED_PROXIES, comma-separated).")
    var trustedProxy: [String] = []

    @Option(name: .customLong("base-path"), help: "Prefix a proxy mounts Marsad under without stripping it, e.g. /marsad (env MARSAD_BASE_PATH).")
    var basePath: String?

    @Option(name: .customLong("log-format"), help: "text (default) or json: one JSON object per line (env MARSAD_LOG_FORMAT).")
    var logFormat: String?

    @Option(name: .customLong("log-level"), help: "Lowest level logged: trace, debug, info, notice, warning, error, critical (env MARSAD_LOG_LEVEL; default info; warning drops the per-request lines).")
    var logLevel: String?

    @Option(name: .customLong("shutdown-timeout"), help: "Seconds to finish in-flight requests after SIGTERM (env MARSAD_SHUTDOWN_TIMEOUT; default 10).")
    var shutdownTimeout: Int?

    @Option(name: .customLong("max-connections"), help: "Open connections before new ones get 503 (env MARSAD_MAX_CONNECTIONS; default 10000).")
    var maxConnections: Int?

    @Option(name: .customLong("event-loops"), help: "Threads serving connections (env MARSAD_EVENT_LOOPS; default one per CPU the process may use).")
    var eventLoops: Int?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var settings = try Settings(
            host: host, port: port, corpus: corpus, publicFolder: publicFolder, data: data,
            environment: environment)
        settings.allowPrivateFetch = Settings.allowPrivateFetch(flag: allowPrivateFetch, environment: environment)
        var storeSettings = try StoreSettings(store: store, staleness: storeStaleness, dataFlag: data,
                                              environment: environment)
        if storeSettings.url != nil { settings.data = nil }
        storeSettings.feedPolling = StoreSettings.feedPolling(flag: feedPolling, environment: environment)
        let http = try HTTPSettings(
            trustedProxy: trustedProxy, basePath: basePath, logFormat: logFormat, logLevel: logLevel,
            shutdownTimeout: shutdownTimeout, maxConnections: maxConnections, eventLoops: eventLoops,
            environment: environment)
        http.bootstrapLogging()
        try Application(settings: settings, http: http, sharedStore: storeSettings).run()
    }
}
