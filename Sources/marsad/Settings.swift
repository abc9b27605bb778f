import ArgumentParser

/// The resolved configuration: flags first, then environment variables, then defaults.
struct Settings {
    var host: String
    var port: Int
    var corpus: String
    var publicFolder: String

    init(host: String?, port: Int?, corpus: String?, publicFolder: String?, environment: [String: String]) throws {
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
    }
}
