import Foundation
import HTTPCore
import NewsCorpus

/// One article as a write sends it (the body of `POST`/`PUT`, one line of a bulk import):
/// `title` and `text` non-empty; `published` (ISO date), `source`, `url` and `id` optional.
/// Validated before anything is stored. A bulk line may leave `title` out (or null): the title
/// is then taken from the text, as for a corpus file without metadata.
struct ArticleInput {
    var id: String?
    var title: String?
    var text: String
    var published: String?
    var source: String?
    var url: String?
    /// The article as it will read, cleaned once here (its id given when it is planned).
    var prepared: Article

    /// Reads a `POST`/`PUT` body: `application/json`, a JSON object.
    init(request: Request) throws(HTTPError) {
        let contentType = request.headerFields[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" else {
            throw HTTPError(.unsupportedMediaType, detail: "Send the article as application/json; got '\(contentType.isEmpty ? "no Content-Type" : contentType)'.")
        }
        try self.init(json: request.body[...], titleRequired: true)
    }

    /// Reads one JSON object from `bytes` (`what` names them in errors: the body, a line).
    init(json bytes: ArraySlice<UInt8>, titleRequired: Bool, what: String = "body") throws(HTTPError) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw HTTPError(.badRequest, detail: "The \(what) is not valid UTF-8.")
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw HTTPError(.badRequest, detail: "The \(what) must be a JSON object.")
            }
            object = parsed
        } catch let error as HTTPError {
            throw error
        } catch {
            throw HTTPError(.badRequest, detail: "The \(what) is not valid JSON.")
        }
        try self.init(object: object, titleRequired: titleRequired)
    }

    init(object: [String: Any], titleRequired: Bool) throws(HTTPError) {
        func field(_ name: String, required: Bool) throws(HTTPError) -> String? {
            guard let value = object[name], !(value is NSNull) else {
                if required { throw HTTPError.badParameter(name, "\(name) is required.") }
                return nil
            }
            guard let text = value as? String else {
                throw HTTPError.badParameter(name, "\(name) must be a string.")
            }
            if required && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw HTTPError.badParameter(name, "\(name) must not be empty.")
            }
            return text
        }
        title = try field("title", required: titleRequired)?.trimmingCharacters(in: .whitespacesAndNewlines)
        if title?.isEmpty == true { title = nil }
        text = try field("text", required: true)!
        published = try field("published", required: false)
        if let published, ISODateParser.parse(published) == nil {
            throw HTTPError.badParameter("published", "published must be a date like 2020-11-13, 2020-11 or 2020; got '\(published)'.")
        }
        source = try field("source", required: false)
        url = try field("url", required: false)
        if url?.isEmpty == true { url = nil }
        id = try field("id", required: false)
        if let id, !ArticleID.isValid(id) {
            throw HTTPError.badParameter("id", "id must be 1-200 bytes without a slash, backslash, control character or leading dot.")
        }
        prepared = SubmittedArticle(id: "", title: title, text: text, published: published, source: source, url: url).article()
        guard !prepared.paragraphs.isEmpty else {
            throw HTTPError.badParameter("text", "text has no words.")
        }
    }

    /// The prepared article under `id`.
    func article(id: String) -> Article {
        prepared.withID(id)
    }

    func submission(id: String) -> SubmittedArticle {
        SubmittedArticle(id: id, title: title, text: text, published: published, source: source, url: url)
    }
}
