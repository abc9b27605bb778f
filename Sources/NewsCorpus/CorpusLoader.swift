import Foundation

/// Reads a corpus folder: every `*.txt` is an article whose id is the file name without `.txt`;
/// with a page reader, every `*.html` without a `.txt` of the same id is a saved web page whose
/// main text, title, date, source and URL the reader finds (`<id>.json` still overrides them).
/// A file that is empty or not UTF-8 is skipped with a warning naming it; so is bad metadata.
public enum CorpusLoader {
    /// What a page reader finds in an `.html` file: the article's text (paragraphs separated by
    /// blank lines) and its metadata, `published` as an ISO date.
    public struct PageText: Sendable {
        public var title: String?
        public var text: String
        public var published: String?
        public var source: String?
        public var url: String?

        public init(title: String?, text: String, published: String?, source: String?, url: String?) {
            self.title = title
            self.text = text
            self.published = published
            self.source = source
            self.url = url
        }
    }

    /// What loading produced.
    public struct Result: Sendable {
        public var articles: [Article]
        public var warnings: [String]
    }

    /// Why a folder could not be read at all.
    public enum LoadError: Error, CustomStringConvertible {
        case unreadableFolder(String, String)
        public var description: String {
            switch self {
            case .unreadableFolder(let path, let reason): "cannot read corpus folder \(path): \(reason)"
            }
        }
    }

    /// Loads every article of `directory`, sorted by id. `readPage` reads `.html` files (the
    /// server passes NewsFetch's extractor; without it `.html` files are left alone).
    public static func load(directory: String, readPage: ((Data) -> PageText)? = nil) throws -> Result {
        HeapTuning.keepLargeBlocksMapped()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LoadError.unreadableFolder(directory, error.localizedDescription)
        }
        var articles: [Article] = []
        var warnings: [String] = []
        let stems = Set(names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) })
        for name in names.sorted() where !name.hasPrefix(".") {
            let isPage = name.hasSuffix(".html") && readPage != nil
            guard name.hasSuffix(".txt") || isPage else { continue }
            let id = String(name.dropLast(isPage ? 5 : 4))
            if isPage, stems.contains(id) { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            guard ArticleID.isValid(id) else {
                warnings.append("skipped \(name): the file name is not a usable article id")
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                warnings.append("skipped \(name): cannot be read")
                continue
            }
            var metadata = ArticleMetadata()
            let raw: String
            if isPage, let readPage {
                // The page's own title, date, source and URL, unless `<id>.json` gives them.
                let page = readPage(data)
                raw = page.text
                metadata = ArticleMetadata(title: page.title, published: page.published.flatMap(ISODateParser.parse),
                                           source: page.source, url: page.url)
            } else if let text = String(validating: data, as: UTF8.self) {
                raw = text
            } else {
                warnings.append("skipped \(name): not valid UTF-8")
                continue
            }
            let metadataPath = (directory as NSString).appendingPathComponent(id + ".json")
            if let json = FileManager.default.contents(atPath: metadataPath) {
                do {
                    let given = try ArticleMetadata(json: json)
                    warnings += given.warnings.map { "\(id).json: \($0)" }
                    metadata = ArticleMetadata(title: given.title ?? metadata.title, published: given.published ?? metadata.published,
                                               source: given.source ?? metadata.source, url: given.url ?? metadata.url)
                } catch {
                    warnings.append("ignored \(id).json: \(error)")
                }
            }
            // A title from the metadata keeps the file's first line in the body (issue 22).
            let body = raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
            let cleaned = ArticleCleaner.clean(body, providedTitle: metadata.title)
            guard !cleaned.paragraphs.isEmpty else {
                warnings.append("skipped \(name): empty")
                continue
            }
            articles.append(Article(id: id, cleaned: cleaned, metadata: metadata))
        }
        return Result(articles: articles, warnings: warnings)
    }
}

/// The rules for article ids: a file name stem of 1–200 UTF-8 bytes with no path separator,
/// control character or leading dot, so that it is safe as a file name and (percent-encoded) in a URL.
public enum ArticleID {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 200, !id.hasPrefix(".") else { return false }
        return id.unicodeScalars.allSatisfy { s in
            s != "/" && s != "\\" && s.properties.generalCategory != .control && s.properties.generalCategory != .format
        }
    }
}
