import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HTTPCore
import HTTPTypes
@testable import NewsAPI
import NewsCorpus
import Testing

/// The exports over the seeds: they parse, carry their file names, match the API's lists and
/// the shared graph definition, and honour the filters.
@Suite struct ExportAPITests {
    /// RFC 4180 records of `text` (quoted fields may hold commas, quotes and line breaks).
    static func csvRecords(_ text: Substring) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = text.makeIterator()
        var pending: Character?
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { record.append(field); records.append(record); record = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    static func csv(_ target: String) throws -> (header: [String], rows: [[String]], response: Response) {
        let result = SeedAPI.get(target)
        #expect(result.status == 200)
        #expect(result.response.headerFields[.contentType] == "text/csv; charset=utf-8")
        #expect(Array(result.response.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: result.response.body.dropFirst(3), as: UTF8.self)
        let records = csvRecords(text[...])
        let header = try #require(records.first)
        for row in records.dropFirst() { #expect(row.count == header.count, "\(row)") }
        return (header, Array(records.dropFirst()), result.response)
    }

    @Test func entitiesAndMentionsCSVMatchTheList() throws {
        let corpus = SeedAPI.store.snapshot.corpus
        let (header, rows, response) = try Self.csv("/api/export/entities.csv")
        #expect(response.headerFields[HTTPField.Name("Content-Disposition")!] == #"attachment; filename="marsad-entities.csv""#)
        #expect(header == ["id", "name", "type", "aliases", "mentionCount", "articleCount"])
        #expect(rows.count == corpus.entities.count)
        let top = (SeedAPI.get("/api/entities?limit=1").json.object["items"] as? [[String: Any]])?.first
        #expect(rows.first?[0] == top?["id"] as? String)
        #expect(rows.first?[1] == top?["name"] as? String)

        let people = try Self.csv("/api/export/entities.csv?type=person").rows
        #expect(people.count == corpus.entities.filter { $0.type == .person }.count)
        #expect(people.allSatisfy { $0[2] == "person" })

        let mentions = try Self.csv("/api/export/mentions.csv").rows
        #expect(mentions.count == corpus.entities.reduce(0) { $0 + $1.mentionCount })
        let one = try #require(corpus.entities.first)
        let own = try Self.csv("/api/export/mentions.csv?entity=\(one.id)").rows
        #expect(own.count == one.mentionCount)
        let article = corpus.articles[Int(one.mentions[0].article)]
        let text = Array(article.text.unicodeScalars)
        let first = try #require(own.first)
        #expect(String(String.UnicodeScalarView(text[Int(first[4])!..<Int(first[5])!])) == first[6])
    }

    @Test func timelineCSVFollowsTheTimelineFilters() throws {
        let all = try Self.csv("/api/export/timeline.csv")
        #expect(all.rows.count == SeedAPI.get("/api/timeline").json.object["total"] as? Int)
        let ranged = try Self.csv("/api/export/timeline.csv?from=2015&to=2015").rows
        #expect(ranged.count == SeedAPI.get("/api/timeline?from=2015&to=2015").json.object["total"] as? Int)
        #expect(SeedAPI.get("/api/export/timeline.csv?from=yesterday").status == 400)
    }

    /// Elements by name, from a real XML parse (a malformed file fails the test).
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
        }
    }

    static func elements(_ body: [UInt8]) throws -> [String: Int] {
        let parser = XMLParser(data: Data(body))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return counter.counts
    }

    @Test(arguments: ["", "?limit=5", "?type=location", "?limit=1000"])
    func graphMLAndGEXFHoldTheSharedGraph(query: String) throws {
        let corpus = SeedAPI.store.snapshot.corpus
        var limit = 40
        if query.contains("limit=") { limit = Int(query.split(separator: "=")[1])! }
        let location = try #require(corpus.entities.first { $0.type.rawValue == "location" }?.type)
        let graph = query.contains("type=") ? CooccurrenceGraph(corpus: corpus, limit: limit, entities: { corpus.entities[$0].type == location })
                                            : CooccurrenceGraph(corpus: corpus, limit: limit)
        #expect(!graph.nodes.isEmpty)
        let graphML = SeedAPI.get("/api/export/graph.graphml" + query)
        #expect(graphML.status == 200)
        #expect(graphML.response.headerFields[HTTPField.Name("Content-Disposition")!] == #"attachment; filename="marsad-graph.graphml""#)
        let ml = try Self.elements(graphML.response.body)
        #expect(ml["node"] ?? 0 == graph.nodes.count)
        #expect(ml["edge"] ?? 0 == graph.edges.count)
        let gexf = try Self.elements(SeedAPI.get("/api/export/graph.gexf" + query).response.body)
        #expect(gexf["node"] ?? 0 == graph.nodes.count)
        #expect(gexf["edge"] ?? 0 == graph.edges.count)
    }

    @Test func theGraphExportHasTheAPIsGraph() throws {
        let api = try #require(try JSONSerialization.jsonObject(with: Data(SeedAPI.get("/api/graph?limit=40").response.body)) as? [String: Any])
        let ml = try Self.elements(SeedAPI.get("/api/export/graph.graphml?limit=40").response.body)
        #expect(ml["node"] == (api["nodes"] as? [Any])?.count)
        #expect(ml["edge"] ?? 0 == (api["edges"] as? [Any])?.count ?? -1)
    }

    @Test func articlesJSONLinesCarryTheAnalysis() throws {
        let corpus = SeedAPI.store.snapshot.corpus
        let result = SeedAPI.get("/api/export/articles.jsonl")
        #expect(result.status == 200)
        #expect(result.response.headerFields[HTTPField.Name("Content-Disposition")!] == #"attachment; filename="marsad-articles.jsonl""#)
        let lines = result.response.body.split(separator: 0x0A)
        #expect(lines.count == corpus.articles.count)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            #expect(object["id"] is String && object["entities"] is [Any] && object["events"] is [Any])
        }
        let hits = SeedAPI.get("/api/search?q=%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9").json.object["total"] as? Int
        let searched = SeedAPI.get("/api/export/articles.jsonl?q=%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9")
        #expect(searched.response.body.split(separator: 0x0A).count == hits)
    }

    @Test(arguments: ["/api/export/entities.csv?type=event", "/api/export/mentions.csv?entity=nope",
                      "/api/export/graph.gexf?limit=0", "/api/export/graph.graphml?limit=x",
                      "/api/export/articles.jsonl?q=", "/api/export/timeline.csv?entity=nope", "/api/export/entities.csv?bogus=1"])
    func badFiltersAre400(target: String) {
        let result = SeedAPI.get(target)
        #expect(result.status == 400)
        #expect(result.response.headerFields[.contentType]?.hasPrefix("application/problem+json") == true)
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        var csv = CSVWriter(header: ["h"])
        csv.row(["a,b", "say \"hi\"", "line\nbreak", "plain"])
        #expect(String(decoding: csv.bytes.dropFirst(3), as: UTF8.self) == "h\r\n\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",plain\r\n")
    }
}
