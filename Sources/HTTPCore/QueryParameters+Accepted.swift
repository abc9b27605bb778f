/// Refusing query parameters a resource does not define.
extension QueryParameters {
    /// Throws 400 naming every parameter outside `accepted`. A silently ignored `sort=` or a
    /// misspelt `limt=` would answer as if the client had been understood; RFC 9110 §15.5.1
    /// lets a server refuse a request it sees as a client error, so the handler says which
    /// names it does not know (all of them, comma-separated, in `parameter`).
    public func requireOnly(_ accepted: Set<String>) throws(HTTPError) {
        var unknown: [String] = []
        for item in items where !accepted.contains(item.name) && !unknown.contains(item.name) {
            unknown.append(item.name)
        }
        guard !unknown.isEmpty else { return }
        let names = unknown.map { String($0.prefix(64)) }.joined(separator: ", ")
        let known = accepted.isEmpty ? "none" : accepted.sorted().joined(separator: ", ")
        let noun = unknown.count == 1 ? "parameter" : "parameters"
        throw HTTPError(.badRequest, detail: "Unknown query \(noun) \(names); this resource accepts: \(known).",
                        title: "Unknown query \(noun)", type: "/problems/unknown-parameter", parameter: names)
    }
}
