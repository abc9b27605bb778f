import ArgumentParser
import Foundation

/// `marsad`: serves a folder of Arabic news articles over HTTP. Every option also reads an
/// environment variable; the flag wins.
@main
struct MarsadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Serve a folder of Arabic news articles: articles, entities, timeline and search over HTTP."
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

    func run() throws {
        let settings = try Settings(
            host: host, port: port, corpus: corpus, publicFolder: publicFolder, data: data,
            environment: ProcessInfo.processInfo.environment)
        try Application(settings: settings).run()
    }
}
