import Foundation

/// What a page says about itself: title (`og:title`, else `<title>` without its site suffix,
/// else the first `<h1>`), publication date (`article:published_time` and kin, JSON-LD
/// `datePublished`, `<time datetime>`), source (`og:site_name`) and canonical URL.
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    /// An ISO date (`2026-12-03`), see `DateText`.
    public var published: String?
    public var siteName: String?
    public var canonicalURL: String?

    /// Reads the metadata of `document`.
    public init(document: MarkupDocument) {
        var meta: [String: String] = [:]
        for m in document.elements(named: "meta") {
            let attributes = document[m].attributes
            guard let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                  let content = attributes["content"].map(WhiteSpaceCollapse.collapse), !content.isEmpty,
                  meta[key] == nil else { continue }
            meta[key] = content
        }
        siteName = meta["og:site_name"]
        canonicalURL = document.elements(named: "link")
            .first { document[$0].attributes["rel"]?.lowercased() == "canonical" }
            .flatMap { document[$0].attributes["href"] } ?? meta["og:url"]
        let h1 = document.first("h1").map { document.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        let pageTitle = document.first("title").map { document.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        title = meta["og:title"] ?? meta["twitter:title"]
            ?? pageTitle.map { PageMetadata.withoutSiteSuffix($0, siteName: meta["og:site_name"], heading: h1) }
            ?? h1
        let metaDate = ["article:published_time", "datepublished", "og:published_time", "pubdate",
                        "publishdate", "date", "dc.date", "dc.date.issued"]
            .lazy.compactMap { meta[$0].flatMap(DateText.isoDate) }.first
        published = metaDate ?? PageMetadata.jsonLDDate(in: document) ?? PageMetadata.timeElementDate(in: document)
    }

    /// `Headline | Site` → `Headline` when a part is the site's name or another part is the
    /// page's `<h1>`; otherwise the title as given.
    static func withoutSiteSuffix(_ title: String, siteName: String?, heading: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { WhiteSpaceCollapse.collapse($0) }
            if let heading, parts.contains(heading) { return heading }
            if let siteName {
                let rest = parts.filter { $0 != siteName }
                if rest.count < parts.count, !rest.isEmpty { return rest.joined(separator: separator) }
            }
        }
        return title
    }

    /// The first `datePublished` of the page's JSON-LD blocks (searched through `@graph` and
    /// arrays).
    static func jsonLDDate(in document: MarkupDocument) -> String? {
        for script in document.elements(named: "script")
        where document[script].attributes["type"]?.lowercased() == "application/ld+json" {
            let text = document.rawText(of: script)
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { continue }
            if let date = find("datePublished", in: object, depth: 0).flatMap(DateText.isoDate) { return date }
        }
        return nil
    }

    private static func find(_ key: String, in value: Any, depth: Int) -> String? {
        guard depth < 8 else { return nil }
        if let object = value as? [String: Any] {
            if let found = object[key] as? String { return found }
            for nested in object.values {
                if let found = find(key, in: nested, depth: depth + 1) { return found }
            }
        } else if let array = value as? [Any] {
            for nested in array {
                if let found = find(key, in: nested, depth: depth + 1) { return found }
            }
        }
        return nil
    }

    /// `<time datetime>`: one marked as the publication date (`pubdate`, `itemprop`) first,
    /// else the first inside `<article>`, else the first on the page.
    static func timeElementDate(in document: MarkupDocument) -> String? {
        let times = document.elements(named: "time").filter { document[$0].attributes["datetime"] != nil }
        let marked = times.first {
            document[$0].attributes["pubdate"] != nil || document[$0].attributes["itemprop"]?.lowercased() == "datepublished"
        }
        let inArticle = document.first("article").flatMap { article in times.first { document.isInside($0, article) } }
        for candidate in [marked, inArticle, times.first].compactMap({ $0 }) {
            if let date = document[candidate].attributes["datetime"].flatMap(DateText.isoDate) { return date }
        }
        return nil
    }
}
