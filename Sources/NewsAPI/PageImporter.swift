import Foundation
import HTTPCore
import NewsCorpus
import NewsFetch

/// One link → one article: fetches the page, extracts its main text and metadata, and adds it
/// unless its URL is already in the corpus (checked before fetching, and again with the URL
/// after redirects and the page's canonical URL). A feed entry's own content stands in when the
/// page cannot be read.
struct PageImporter: Sendable {
    let fetcher: PageFetcher
    let writer: FetchedArticleWriter

    static let acceptHTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"

    /// Why a link gave no article.
    enum Failure: Error {
        case fetch(FetchError)
        case notHTML(String)
        case noText
    }

    /// Imports the page at `url`; `entry` is the feed entry it came from, if any.
    func importPage(_ url: URL, entry: FeedItem? = nil) throws -> FetchedArticleWriter.Outcome {
        let given = url.absoluteString
        let snapshot = writer.store.snapshot
        if let id = FetchedArticleWriter.article(withURL: [given], in: snapshot.corpus),
           let position = snapshot.corpus.articlePosition(id: id) {
            return .existing(id: id, body: snapshot.articleBody(at: position))
        }
        var extracted: ExtractedArticle?
        var aliases: [String] = []
        var failure: Failure?
        do {
            switch try fetcher.fetch(FetchRequest(url: url, accept: Self.acceptHTML)) {
            case .notModified:
                failure = .noText
            case .fetched(let page):
                aliases = [page.url.absoluteString]
                if let type = page.mediaType, !Self.isHTML(type: type, body: page.body) {
                    failure = .notHTML(type)
                } else {
                    let article = ArticleExtractor.extract(html: page.body, encoding: page.charset, url: page.url)
                    if let canonical = article.canonicalURL { aliases.append(canonical) }
                    if article.paragraphs.isEmpty { failure = .noText } else { extracted = article }
                }
            }
        } catch {
            failure = .fetch(error)
        }
        if extracted == nil, let entry, let content = entry.content {
            let paragraphs = Self.paragraphs(ofEntryContent: content)
            if !paragraphs.isEmpty {
                extracted = ExtractedArticle(title: entry.title, paragraphs: paragraphs, published: entry.published,
                                             source: url.host, url: given, canonicalURL: nil)
            }
        }
        guard var article = extracted else { throw failure ?? .noText }
        if let entry {
            article.title = article.title ?? entry.title
            article.published = article.published ?? entry.published
        }
        let text = article.text
        let title = article.title.flatMap { $0.isEmpty ? nil : $0 } ?? Self.fallbackTitle(article.paragraphs)
        let published = article.published.flatMap { ISODateParser.parse($0) == nil ? nil : $0 }
        guard !ArticleCleaner.clean(text, providedTitle: title).paragraphs.isEmpty else { throw Failure.noText }
        let submitted = SubmittedArticle(id: ArticleWritesController.newID(), title: title, text: text,
                                         published: published, source: article.source, url: given)
        return try writer.add(submitted, aliases: aliases.filter { $0 != given })
    }

    /// Whether a body of media type `type` is an HTML page: declared so, or sent as something
    /// generic (`text/plain`, `application/octet-stream`) but starting with markup.
    static func isHTML(type: String, body: [UInt8]) -> Bool {
        if type.contains("html") { return true }
        guard type == "text/plain" || type == "application/octet-stream" else { return false }
        let start = body.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        let head = String(decoding: start.prefix(15), as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// A feed entry's HTML (or plain) content as paragraphs: its `<p>`s, else its text.
    static func paragraphs(ofEntryContent content: String) -> [String] {
        let document = MarkupParser.html(Array(("<html><body><div>" + content + "</div></body></html>").utf8))
        let ps = document.elements(named: "p").map { document.text(of: $0) }.filter { !$0.isEmpty }
        if !ps.isEmpty { return ps }
        let text = document.first("body").map { document.text(of: $0) } ?? ""
        return text.isEmpty ? [] : [text]
    }

    /// The first sentence's first 12 words, when a page names no title.
    static func fallbackTitle(_ paragraphs: [String]) -> String {
        let first = paragraphs.first ?? ""
        let words = first.split(separator: " ").prefix(12)
        return words.joined(separator: " ")
    }
}

extension PageImporter.Failure {
    /// The problem a client sees. Nothing here is a 5xx: the failure is the remote page's or
    /// the URL's, not this server's.
    var httpError: HTTPError {
        switch self {
        case .fetch(let error): error.httpError
        case .notHTML(let type):
            HTTPError(.unprocessableContent, detail: "The URL gave \(type), not an HTML page.", type: "/problems/fetch-failed")
        case .noText:
            HTTPError(.unprocessableContent, detail: "No article text was found on the page.", type: "/problems/no-article-text")
        }
    }
}

extension FetchError {
    /// 400 for a URL that is not one, 403 for an address the SSRF guard refuses, 422 when the
    /// remote side failed (unresolvable, timeout, status, size).
    var httpError: HTTPError {
        switch self {
        case .invalidURL, .unsupportedScheme:
            HTTPError.badParameter("url", "url: \(description).")
        case .refusedAddress:
            HTTPError(.forbidden, detail: "Refused: \(description).", title: "Address not allowed",
                      type: "/problems/address-refused", parameter: "url")
        default:
            HTTPError(.unprocessableContent, detail: "The URL could not be fetched: \(description).",
                      title: "Fetch failed", type: "/problems/fetch-failed", parameter: "url")
        }
    }
}
