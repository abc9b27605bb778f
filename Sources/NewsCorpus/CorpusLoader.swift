import Foundation

/// Reads a corpus folder: every `*.txt` is an article whose id is the file name without `.txt`.
/// A file that is empty or not UTF-8 is skipped with a warning naming it; so is bad metadata.
public enum CorpusLoader {
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

    /// Loads every article of `directory`, sorted by id.
    public static func load(directory: String) throws -> Result {
        HeapTuning.keepLargeBlocksMapped()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LoadError.unreadableFolder(directory, error.localizedDescription)
        }
        var articles: [Article] = []
        var warnings: [String] = []
        for name in names.sorted() where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            let id = String(name.dropLast(4))
            let path = (directory as NSString).appendingPathComponent(name)
            guard ArticleID.isValid(id) else {
                warnings.append("skipped \(name): the file name is not a usable article id")
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                warnings.append("skipped \(name): cannot be read")
                continue
            }
            guard let raw = String(validating: data, as: UTF8.self) else {
                warnings.append("skipped \(name): not valid UTF-8")
                continue
            }
            var metadata = ArticleMetadata()
            let metadataPath = (directory as NSString).appendingPathComponent(id + ".json")
            if let json = FileManager.default.contents(atPath: metadataPath) {
                do {
                    metadata = try ArticleMetadata(json: json)
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
