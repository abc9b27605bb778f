import Foundation
import ArabicText
import HTTPCore
import NewsCorpus

/// The body of a correction request (`application/json`, an object; `hide` may send none),
/// validated into an `EntityCorrectionAction` before anything is stored.
struct CorrectionInput {
    /// The fields any correction may send (each action reads its own).
    struct Body: Decodable {
        var name: String?
        var type: String?
        var into: String?
        var mentions: [MentionKey]?
    }
    let body: Body

    init(request: Request) throws(HTTPError) {
        guard !request.body.isEmpty else {
            body = Body()
            return
        }
        let contentType = request.headerFields[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" else {
            throw HTTPError(.unsupportedMediaType, detail: "Send the correction as application/json; got '\(contentType.isEmpty ? "no Content-Type" : contentType)'.")
        }
        guard String(validating: request.body, as: UTF8.self) != nil else {
            throw HTTPError(.badRequest, detail: "The body is not valid UTF-8.")
        }
        // JSONDecoder, unlike JSONSerialization's NSNumber, tells true and 1.5 from a whole number.
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(request.body))
        } catch let DecodingError.typeMismatch(_, context) {
            throw Self.fieldError(context)
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw Self.fieldError(context)
        } catch let DecodingError.valueNotFound(_, context) {
            throw Self.fieldError(context)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Self.fieldError(DecodingError.Context(codingPath: context.codingPath + [key], debugDescription: ""))
        } catch {
            throw HTTPError(.badRequest, detail: "The body must be a JSON object.")
        }
    }

    private static func fieldError(_ context: DecodingError.Context) -> HTTPError {
        let field = context.codingPath.first?.stringValue ?? "body"
        let shape = field == "mentions" ? "an array of {articleId (a string), start, end (whole numbers)}" : "a string"
        return HTTPError.badParameter(field, "\(field) must be \(shape).")
    }

    /// The action `kind` on `entity`, checked against `corpus`.
    func action(_ kind: String, on entity: CorpusEntity, in corpus: Corpus) throws(HTTPError) -> EntityCorrectionAction {
        let key = EntityKey(entity)
        switch kind {
        case "rename":
            return .rename(key, name: try name("name", required: true)!)
        case "retype":
            return .retype(key, type: try type("type", required: true)!)
        case "merge":
            let into = try string("into", required: true)!
            guard let other = corpus.entity(id: into) else {
                throw HTTPError.badParameter("into", "There is no entity with id '\(into)'.")
            }
            guard other.id != entity.id else {
                throw HTTPError.badParameter("into", "An entity cannot be merged into itself.")
            }
            return .merge(key, into: EntityKey(other))
        case "split":
            let mentions = try self.mentions(of: entity, in: corpus)
            let first = entity.mentions.first { corpus.articles[$0.article].id == mentions[0].articleId && $0.start == mentions[0].start }
            let name = try name("name", required: false) ?? first.map(entity.text(of:)) ?? entity.name
            return .split(key, mentions: mentions, name: name, type: try type("type", required: false) ?? entity.type)
        default:
            return .hide(key)
        }
    }

    private func string(_ field: String, required: Bool) throws(HTTPError) -> String? {
        let value = switch field {
        case "name": body.name
        case "type": body.type
        default: body.into
        }
        if value == nil, required { throw HTTPError.badParameter(field, "\(field) is required.") }
        return value
    }

    private func name(_ field: String, required: Bool) throws(HTTPError) -> String? {
        guard let text = try string(field, required: required) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= CorrectionsController.maxNameLength,
              !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw HTTPError.badParameter(field, "\(field) must be 1 to \(CorrectionsController.maxNameLength) characters, without control characters.")
        }
        return trimmed
    }

    private func type(_ field: String, required: Bool) throws(HTTPError) -> EntityType? {
        guard let text = try string(field, required: required) else { return nil }
        guard let type = EntityType(rawValue: text) else {
            throw HTTPError.badParameter(field, "\(field) must be person, organization or location; got '\(text)'.")
        }
        return type
    }

    /// `mentions`: a non-empty array of `{articleId, start, end}`, each a mention of `entity`.
    private func mentions(of entity: CorpusEntity, in corpus: Corpus) throws(HTTPError) -> [MentionKey] {
        guard let list = body.mentions, !list.isEmpty, list.count <= entity.mentionCount else {
            throw HTTPError.badParameter("mentions", "mentions must be a non-empty array of {articleId, start, end}, mentions of this entity.")
        }
        for m in list {
            let known = corpus.articlePosition(id: m.articleId).map { a in
                entity.mentions(inArticle: a).contains { $0.start == m.start && $0.end == m.end }
            } ?? false
            guard known else {
                throw HTTPError.badParameter("mentions", "\(m.articleId) [\(m.start), \(m.end)) is not a mention of entity '\(entity.id)'.")
            }
        }
        return list
    }
}
