import HTTPTypes

extension Request {
    /// Whether the client asked to keep the connection open (RFC 9112 §9.3): HTTP/1.1 persists
    /// unless `Connection: close`; HTTP/1.0 persists only with `Connection: keep-alive`.
    public var wantsKeepAlive: Bool {
        let tokens = headerFields[values: .connection].flatMap { value in
            value.split(separator: ",").map { $0.trimmingCharacters(in: " \t").lowercased() }
        }
        if tokens.contains("close") { return false }
        return version.minor >= 1 || tokens.contains("keep-alive")
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
