import Foundation

/// An article read off a web page: its main text in paragraphs and its metadata.
public struct ExtractedArticle: Sendable, Equatable {
    public var title: String?
    public var paragraphs: [String]
    /// ISO date, see `DateText`.
    public var published: String?
    /// `og:site_name`, else the host without `www.`.
    public var source: String?
    /// The URL the page was fetched from.
    public var url: String?
    /// The page's `<link rel=canonical>` (or `og:url`), absolute, when it names one.
    public var canonicalURL: String?

    public init(title: String?, paragraphs: [String], published: String?, source: String?, url: String?,
                canonicalURL: String?) {
        self.title = title
        self.paragraphs = paragraphs
        self.published = published
        self.source = source
        self.url = url
        self.canonicalURL = canonicalURL
    }

    /// The paragraphs joined by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// HTML page → `ExtractedArticle`: libxml2's HTML parser, `PageMetadata`, `MainTextFinder`.
public enum ArticleExtractor {
    /// Extracts the article of an HTML page fetched from `url` (for the source's fallback and
    /// to resolve a relative canonical link).
    public static func extract(html: [UInt8], encoding: String? = nil, url: URL?) -> ExtractedArticle {
        let document = MarkupParser.html(html, encoding: encoding, url: url?.absoluteString)
        return extract(document: document, url: url)
    }

    /// Extracts the article of an already parsed page.
    public static func extract(document: MarkupDocument, url: URL?) -> ExtractedArticle {
        let metadata = PageMetadata(document: document)
        var paragraphs = MainTextFinder.paragraphs(in: document)
        if let title = metadata.title, paragraphs.first == title { paragraphs.removeFirst() }
        let host = url?.host.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
        let canonical = metadata.canonicalURL.flatMap { URL(string: $0, relativeTo: url)?.absoluteURL }
            .flatMap { ["http", "https"].contains($0.scheme?.lowercased() ?? "") ? $0.absoluteString : nil }
        return ExtractedArticle(title: metadata.title, paragraphs: paragraphs, published: metadata.published,
                                source: metadata.siteName ?? host, url: url?.absoluteString, canonicalURL: canonical)
    }
}
