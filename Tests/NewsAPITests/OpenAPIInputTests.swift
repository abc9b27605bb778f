import Foundation
import NewsCorpus
import Testing
@testable import NewsAPI

/// The article input schema promises what the server accepts: a fuzzer generating from it should
/// not be refused for reasons the schema does not state.
@Suite struct OpenAPIInputTests {
    static func articleInput() throws -> [String: Any] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
        let components = try #require(document["components"] as? [String: Any])
        let schemas = try #require(components["schemas"] as? [String: Any])
        let input = try #require(schemas["ArticleInput"] as? [String: Any])
        return try #require(input["properties"] as? [String: Any])
    }

    static func pattern(_ property: String) throws -> NSRegularExpression {
        let schema = try #require(try articleInput()[property] as? [String: Any])
        return try NSRegularExpression(pattern: try #require(schema["pattern"] as? String))
    }

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test func publishedDatesTheSchemaAllowsAreParsed() throws {
        let regex = try Self.pattern("published")
        // Allowed by the schema, and by the server.
        for date in ["2020", "0001", "2020-01", "2020-12", "2020-11-13", "2024-02-29", "1999-12-31"] {
            #expect(Self.matches(regex, date), "\(date)")
            #expect(ISODateParser.parse(date) != nil, "\(date)")
        }
        // Refused by both (the old pattern allowed months and days like 99 and year 0000).
        for date in ["0000", "2020-00", "2020-13", "2020-99-99", "2020-01-00", "2020-01-32", "20", "2020-1", "x2020"] {
            #expect(!Self.matches(regex, date), "\(date)")
            #expect(ISODateParser.parse(date) == nil, "\(date)")
        }
    }

    @Test func titleAndTextNeedSomethingBesidesSpace() throws {
        for property in ["title", "text"] {
            let regex = try Self.pattern(property)
            #expect(!Self.matches(regex, "   \n\t"))
            #expect(Self.matches(regex, " ليبيا "))
        }
    }
}
