import Dispatch
import HTTPCore
import NewsCorpus

/// `POST /api/articles/bulk`: many articles in one request, as newline-delimited JSON
/// (`application/x-ndjson`), one article a line in the shape of `POST /api/articles` (`title`
/// may be left out). Each line is validated alone: a bad line is reported with its number and
/// never stops the others. Articles already present (same `id`, else same `url`) are updated
/// or left unchanged, never duplicated. The accepted lines are journaled with one durable
/// append and applied as one new snapshot, all before the answer:
/// `{"added": n, "updated": n, "unchanged": n, "rejected": [{"line": k, "detail": "…"}]}`.
struct BulkImportController {
    /// The route, and the body size it accepts (the server's `HTTPLimits.bodyLimitsByPath`).
    static let path = "/api/articles/bulk"
    /// 64 MiB: about 20,000 news articles of the usual size; the body is buffered whole, so
    /// clients send larger imports as several requests (`marsad import` does).
    static let maxBodyBytes = 64 << 20

    let writes: ArticleWritesController

    func importLines(_ request: Request) throws -> Response {
        try writes.access.authorize(request)
        let contentType = request.headerFields[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/x-ndjson" else {
            throw HTTPError(.unsupportedMediaType, detail: "Send one JSON article a line as application/x-ndjson; got '\(contentType.isEmpty ? "no Content-Type" : contentType)'.")
        }
        let lines = Self.parse(request.body)
        let report = try writes.store.update { current -> (Snapshot, BulkReport) in
            var plan = ArticleImport(corpus: current.corpus)
            var report = BulkReport()
            for (number, parsed) in lines {
                do throws(HTTPError) {
                    switch try plan.plan(try parsed.get(), newID: ArticleWritesController.newID) {
                    case .added: report.added += 1
                    case .updated: report.updated += 1
                    case .unchanged: report.unchanged += 1
                    }
                } catch {
                    report.rejected.append((number, error.detail))
                }
            }
            guard !plan.changes.isEmpty else { return (current, report) }
            let (next, _) = try writes.commit(plan.changes, prepared: plan.planned, to: current, bodyOf: nil)
            return (next, report)
        }
        return .json(report.json)
    }

    /// Each non-blank line (numbered from 1) read as an article, on all cores; CR LF line ends
    /// are accepted.
    static func parse(_ body: [UInt8]) -> [(line: Int, input: Result<ArticleInput, HTTPError>)] {
        var found: [(Int, Range<Int>)] = []
        var start = 0, number = 0
        while start < body.count {
            number += 1
            var end = body[start...].firstIndex(of: 0x0A) ?? body.count
            let next = end + 1
            if end > start, body[end - 1] == 0x0D { end -= 1 }
            if body[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                found.append((number, start..<end))
            }
            start = next
        }
        let ranges = found
        let results = ResultSlots<Result<ArticleInput, HTTPError>>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: min(ranges.count, 64)) { worker in
            var i = worker
            while i < ranges.count {
                let range = ranges[i].1
                results.set(i, Result { () throws(HTTPError) in try ArticleInput(json: body[range], titleRequired: false, what: "line") })
                i += 64
            }
        }
        return zip(ranges, results.values).map { ($0.0, $1) }
    }
}

/// What a bulk import did.
struct BulkReport {
    var added = 0
    var updated = 0
    var unchanged = 0
    var rejected: [(line: Int, detail: String)] = []

    var json: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("added"); writer.int(added)
        writer.key("updated"); writer.int(updated)
        writer.key("unchanged"); writer.int(unchanged)
        writer.key("rejected"); writer.beginArray()
        for (line, detail) in rejected {
            writer.beginObject()
            writer.key("line"); writer.int(line)
            writer.key("detail"); writer.string(detail)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }
}
