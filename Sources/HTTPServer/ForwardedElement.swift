/// One element of a `Forwarded` field (RFC 7239 §4): `for=`, `proto=` and the other pairs one
/// proxy added. Addresses are returned without brackets or port (RFC 7239 §6).
struct ForwardedElement: Equatable {
    var forAddress: String?
    var proto: String?

    /// Splits `value` into elements at commas outside quoted strings, then pairs at `;`.
    static func parseList(_ value: String) -> [ForwardedElement] {
        var elements: [ForwardedElement] = []
        var current = ForwardedElement()
        var pair = ""
        var inQuotes = false
        var escaped = false
        func finishPair() {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 {
                let name = parts[0].trimmingOWS().lowercased()
                var raw = parts[1].trimmingOWS()
                if raw.hasPrefix("\""), raw.hasSuffix("\""), raw.count >= 2 { raw = raw.dropFirst().dropLast() }
                let unquoted = String(raw).replacingBackslashEscapes()
                if name == "for" { current.forAddress = Self.node(unquoted) }
                if name == "proto" { current.proto = unquoted }
            }
            pair = ""
        }
        for character in value {
            if escaped { pair.append(character); escaped = false; continue }
            if inQuotes && character == "\\" { pair.append(character); escaped = true; continue }
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes && (character == ";" || character == ",") {
                finishPair()
                if character == "," { elements.append(current); current = ForwardedElement() }
                continue
            }
            pair.append(character)
        }
        finishPair()
        elements.append(current)
        return elements
    }

    /// `node = nodename [ ":" node-port ]`: strips brackets and the port from an address.
    private static func node(_ text: String) -> String {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            return String(text[text.index(after: text.startIndex)..<close])
        }
        if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            return String(text[..<colon])
        }
        return text
    }
}

extension String {
    fileprivate func replacingBackslashEscapes() -> String {
        guard contains("\\") else { return self }
        var out = ""
        var escaped = false
        for character in self {
            if !escaped && character == "\\" { escaped = true; continue }
            escaped = false
            out.append(character)
        }
        return out
    }
}
