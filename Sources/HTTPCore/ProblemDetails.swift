import HTTPTypes

/// The single place where an error becomes an `application/problem+json` response (RFC 9457).
public enum ProblemDetails {
    /// The response for an `HTTPError`.
    public static func response(for error: HTTPError) -> Response {
        var body = "{\"type\":" + JSONString.quote(error.type)
        body += ",\"title\":" + JSONString.quote(error.title)
        body += ",\"status\":\(error.status.code)"
        body += ",\"detail\":" + JSONString.quote(error.detail)
        if let parameter = error.parameter {
            body += ",\"parameter\":" + JSONString.quote(parameter)
        }
        body += "}"
        var fields = error.headerFields
        fields[.contentType] = MediaType.problemJSON
        if error.closesConnection {
            fields[.connection] = "close"
        }
        return Response(status: error.status, headerFields: fields, body: Array(body.utf8))
    }

    /// The response for any error: `HTTPError`s keep their status; anything else is a 500
    /// that reveals no internals.
    public static func response(for error: any Error) -> Response {
        if let httpError = error as? HTTPError {
            return response(for: httpError)
        }
        return response(for: HTTPError(.internalServerError, detail: "The server could not complete the request."))
    }
}

/// JSON string quoting for the few bodies and log lines the HTTP layer writes itself; control
/// characters and DEL are escaped, everything else is written as UTF-8.
public enum JSONString {
    /// `s` as a JSON string literal, with quotes.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }
}
