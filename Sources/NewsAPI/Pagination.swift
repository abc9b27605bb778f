import HTTPCore

/// `?limit=` (1…1000, default 20) and `?offset=` (≥ 0, default 0), validated when built.
public struct Pagination: Sendable, Equatable {
    public static let defaultLimit = 20
    public static let maximumLimit = 1000

    public let limit: Int
    public let offset: Int

    public init(limit: Int = Pagination.defaultLimit, offset: Int = 0) {
        self.limit = limit
        self.offset = offset
    }

    /// Reads the parameters of `query`; throws a 400 naming the bad one.
    public init(query: QueryParameters) throws(HTTPError) {
        var limit = Pagination.defaultLimit
        if let text = query["limit"] {
            guard let value = Int(text), (1...Pagination.maximumLimit).contains(value) else {
                throw HTTPError.badParameter("limit", "limit must be a whole number from 1 to \(Pagination.maximumLimit); got '\(text)'.")
            }
            limit = value
        }
        var offset = 0
        if let text = query["offset"] {
            guard let value = Int(text), value >= 0 else {
                throw HTTPError.badParameter("offset", "offset must be a whole number of 0 or more; got '\(text)'.")
            }
            offset = value
        }
        self.init(limit: limit, offset: offset)
    }

    /// The slice of `count` items this page covers.
    public func range(count: Int) -> Range<Int> {
        let lower = min(offset, count)
        return lower..<min(count, lower + limit)
    }

    /// Writes the list envelope: `{"items": [...], "total", "limit", "offset"}` plus `extra` keys.
    public func envelope(total: Int, writeItems: (inout JSONWriter) -> Void,
                         extra: ((inout JSONWriter) -> Void)? = nil) -> [UInt8] {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.key("items")
        w.beginArray()
        writeItems(&w)
        w.endArray()
        w.key("total"); w.int(total)
        w.key("limit"); w.int(limit)
        w.key("offset"); w.int(offset)
        extra?(&w)
        w.endObject()
        return w.bytes
    }
}
