import ArgumentParser
import NewsAPI

/// The resolved configuration: flags first, then environment variables, then defaults.
struct Settings {
    var host: String
    var port: Int
    var corpus: String
    var publicFolder: String
    /// The journal folder for API writes; nil keeps them in memory.
    var data: String?
    /// The bearer token that authorises writes (env only, so it never shows in `ps`).
    var apiToken: String?
    /// More write tokens by label (`MARSAD_API_TOKENS=alice=…,bob=…`); the label is recorded
    /// as who made an entity correction (`MARSAD_API_TOKEN`'s label is `editor`).
    var apiTokens: [String: String] = [:]
    /// Whether feeds and fetched links may point at private or loopback addresses.
    var allowPrivateFetch = false

    init(host: String?, port: Int?, corpus: String?, publicFolder: String?, data: String?,
         environment: [String: String]) throws {
        self.host = host ?? environment["MARSAD_HOST"] ?? "127.0.0.1"
        if let port {
            self.port = port
        } else if let text = environment["MARSAD_PORT"] ?? environment["PORT"] {
            guard let value = Int(text) else {
                throw ValidationError("MARSAD_PORT/PORT must be a number from 0 to 65535; got '\(text)'.")
            }
            self.port = value
        } else {
            self.port = 8080
        }
        guard (0...65535).contains(self.port) else {
            throw ValidationError("The port must be from 0 to 65535; got \(self.port).")
        }
        self.corpus = corpus ?? environment["MARSAD_CORPUS"] ?? "seeds"
        self.publicFolder = publicFolder ?? environment["MARSAD_PUBLIC"] ?? "Public"
        self.data = data ?? environment["MARSAD_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        self.apiToken = environment["MARSAD_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        self.apiTokens = environment["MARSAD_API_TOKENS"].map(WriteAccess.labelledTokens) ?? [:]
    }

    /// `--allow-private-fetch`, else `MARSAD_ALLOW_PRIVATE_FETCH` (`1`, `true` or `yes`).
    static func allowPrivateFetch(flag: Bool, environment: [String: String]) -> Bool {
        flag || ["1", "true", "yes"].contains(environment["MARSAD_ALLOW_PRIVATE_FETCH"]?.lowercased() ?? "")
    }
}
