import Foundation

/// What to fetch: the URL, what to accept, and the validators of a previous answer for a
/// conditional GET (RFC 9110 §13.1.1, §13.1.3).
public struct FetchRequest: Sendable {
    public var url: URL
    public var accept: String
    public var etag: String?
    public var lastModified: String?

    public init(url: URL, accept: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.accept = accept
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// A successful answer.
public struct FetchedResource: Sendable {
    /// The URL after redirects.
    public var url: URL
    public var status: Int
    public var body: [UInt8]
    /// The media type without parameters, lowercased.
    public var mediaType: String?
    /// The `charset` parameter of `Content-Type`.
    public var charset: String?
    public var etag: String?
    public var lastModified: String?
}

/// The outcome of a fetch that did not fail.
public enum FetchResult: Sendable {
    case fetched(FetchedResource)
    /// 304: the validators still match.
    case notModified
}

/// Fetches one URL with libcurl under a `FetchPolicy`: redirects are followed here, not by
/// libcurl, so that every hop's host is resolved and checked before it is contacted (and each
/// address again as it is connected to); bodies past the size limit are abandoned mid-transfer.
/// Synchronous: call it off any event loop (the server runs POST handlers on Dispatch's pool).
public struct PageFetcher: Sendable {
    public let policy: FetchPolicy

    public init(policy: FetchPolicy) {
        self.policy = policy
    }

    /// Fetches `request`, following at most `policy.maxRedirects` redirects, all within
    /// `policy.transferTimeout` (name resolution aside).
    public func fetch(_ request: FetchRequest) throws(FetchError) -> FetchResult {
        var url = request.url
        let deadline = ContinuousClock.now + policy.transferTimeout
        for _ in 0...policy.maxRedirects {
            try policy.check(url)
            let remaining = deadline - ContinuousClock.now
            guard remaining > .milliseconds(100) else { throw .timedOut }
            let answer = try transfer(url, request, within: remaining)
            switch answer.status {
            case 301, 302, 303, 307, 308:
                guard let location = answer.header("Location"),
                      let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                    throw .status(answer.status)
                }
                url = next
                continue
            case 304:
                return .notModified
            case 200..<300:
                let contentType = answer.header("Content-Type") ?? ""
                let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                let charset = parts.dropFirst().first { $0.lowercased().hasPrefix("charset=") }
                    .map { String($0.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
                return .fetched(FetchedResource(url: url, status: answer.status, body: answer.body,
                                                mediaType: parts.first.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 },
                                                charset: charset, etag: answer.header("ETag"),
                                                lastModified: answer.header("Last-Modified")))
            default:
                throw .status(answer.status)
            }
        }
        throw .tooManyRedirects(limit: policy.maxRedirects)
    }

    /// One request, no redirect followed.
    private func transfer(_ url: URL, _ request: FetchRequest, within limit: Duration) throws(FetchError) -> CurlTransfer.Answer {
        var headers = ["Accept: \(request.accept)"]
        if let etag = request.etag { headers.append("If-None-Match: \(etag)") }
        if let modified = request.lastModified { headers.append("If-Modified-Since: \(modified)") }
        return try CurlTransfer.get(url, headers: headers.map(Self.oneLine), policy: policy, within: limit)
    }

    /// A header line as sent: a CR or LF in a value (from a stored validator) cannot add a line.
    private static func oneLine(_ line: String) -> String {
        String(line.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
    }
}
