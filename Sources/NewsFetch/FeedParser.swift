import Foundation

/// One entry of a feed.
public struct FeedItem: Sendable, Equatable {
    public var title: String?
    /// The article's absolute URL (RSS `link`, a permalink `guid`, Atom `link rel=alternate`).
    public var link: String?
    /// RSS `guid` or Atom `id`.
    public var id: String?
    /// ISO date, see `DateText`.
    public var published: String?
    /// The entry's body as given (HTML or text): `content:encoded`/`content`, else the summary.
    public var content: String?
}

/// A parsed feed.
public struct ParsedFeed: Sendable, Equatable {
    /// Which format the document was.
    public enum Format: String, Sendable { case rss, atom, rdf }
    public var format: Format
    public var title: String?
    public var items: [FeedItem]
}

/// Why a document is not a feed.
public enum FeedError: Error, Equatable, CustomStringConvertible {
    case notXML
    case notAFeed(root: String)
    public var description: String {
        switch self {
        case .notXML: "the document is not well-formed XML"
        case .notAFeed(let root): "the document is <\(root)>, not an RSS 2.0, RSS 1.0 or Atom feed"
        }
    }
}

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 (RFC 4287) documents with libxml2's XML parser.
public enum FeedParser {
    /// Parses `bytes` fetched from `url` (relative links are resolved against it).
    public static func parse(_ bytes: [UInt8], url: URL?) throws(FeedError) -> ParsedFeed {
        guard let document = MarkupParser.xml(bytes, url: url?.absoluteString),
              let root = document[0].children.first(where: { document[$0].name != nil }) else { throw .notXML }
        let name = document[root].name ?? ""
        switch localName(name) {
        case "rss":
            let channel = document.children(of: root, named: "channel").first ?? root
            return ParsedFeed(format: .rss, title: childText(document, channel, "title"),
                              items: document.children(of: channel, named: "item").map { rssItem(document, $0, base: url) })
        case "RDF":
            let channel = document.elements(named: "channel", under: root).first
            return ParsedFeed(format: .rdf, title: channel.flatMap { childText(document, $0, "title") },
                              items: document.children(of: root, named: "item").map { rssItem(document, $0, base: url) })
        case "feed":
            let base = xmlBase(document, root, url)
            return ParsedFeed(format: .atom, title: childText(document, root, "title"),
                              items: document.children(of: root, named: "entry").map { atomEntry(document, $0, base: base) })
        default:
            throw .notAFeed(root: name)
        }
    }

    static func rssItem(_ d: MarkupDocument, _ item: Int, base: URL?) -> FeedItem {
        let guid = d.children(of: item, named: "guid").first
        let guidText = guid.map { d.text(of: $0) }
        var link = childText(d, item, "link")
        if link == nil, let guid, d[guid].attributes["isPermaLink"] != "false", let guidText,
           guidText.hasPrefix("http") {
            link = guidText
        }
        let date = (childText(d, item, "pubDate") ?? childText(d, item, "dc:date")).flatMap(DateText.isoDate)
        return FeedItem(title: childText(d, item, "title"), link: link.flatMap { resolve($0, base) },
                        id: guidText, published: date,
                        content: childRaw(d, item, "content:encoded") ?? childRaw(d, item, "description"))
    }

    static func atomEntry(_ d: MarkupDocument, _ entry: Int, base: URL?) -> FeedItem {
        let entryBase = xmlBase(d, entry, base)
        let links = d.children(of: entry, named: "link").map { d[$0].attributes }
        let alternate = links.first { ($0["rel"] ?? "alternate") == "alternate" && ($0["type"] ?? "text/html").contains("html") }
            ?? links.first { ($0["rel"] ?? "alternate") == "alternate" }
        let date = (childText(d, entry, "published") ?? childText(d, entry, "updated")).flatMap(DateText.isoDate)
        return FeedItem(title: childText(d, entry, "title"), link: alternate?["href"].flatMap { resolve($0, entryBase) },
                        id: childText(d, entry, "id"), published: date,
                        content: childRaw(d, entry, "content") ?? childRaw(d, entry, "summary"))
    }

    /// The folded text of the first child element `name`, nil when absent or empty.
    static func childText(_ d: MarkupDocument, _ parent: Int, _ name: String) -> String? {
        guard let child = d.children(of: parent, named: name).first else { return nil }
        let text = d.text(of: child)
        return text.isEmpty ? nil : text
    }

    /// The unfolded text of the first child element `name` (escaped HTML stays HTML).
    static func childRaw(_ d: MarkupDocument, _ parent: Int, _ name: String) -> String? {
        guard let child = d.children(of: parent, named: name).first else { return nil }
        let text = d.rawText(of: child)
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    static func xmlBase(_ d: MarkupDocument, _ node: Int, _ base: URL?) -> URL? {
        guard let value = d[node].attributes["xml:base"] else { return base }
        return URL(string: value, relativeTo: base)?.absoluteURL ?? base
    }

    /// `link` made absolute against `base`; only http(s) links are kept.
    static func resolve(_ link: String, _ base: URL?) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
