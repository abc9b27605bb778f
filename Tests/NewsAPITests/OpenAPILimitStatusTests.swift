import Foundation
import HTTPCore
import Testing
@testable import NewsAPI

/// The HTTP layer answers 414 (request line or query too long) and 431 (header section too
/// large) before any route runs, so every operation can answer them; the document must say so,
/// or a client generating requests from it (schemathesis did, with a 4 KiB query on
/// `/api/export/graph.graphml`) meets a status the contract never named.
@Suite struct OpenAPILimitStatusTests {
    @Test func everyOperationDocumentsTheRequestLimitStatuses() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var operations = 0
        for (path, item) in paths {
            for (method, value) in item {
                guard let operation = value as? [String: Any] else { continue }
                let responses = try #require(operation["responses"] as? [String: Any], "\(method) \(path)")
                operations += 1
                for status in ["414", "431"] {
                    #expect(responses[status] != nil, "\(method.uppercased()) \(path) does not document \(status)")
                }
            }
        }
        #expect(operations >= 30)
    }

    @Test func theLimitsTheDocumentNamesAreTheServersDefaults() {
        // The description of the shared response quotes these figures.
        let limits = HTTPLimits()
        #expect(limits.maxQueryLength == 4 * 1024)
        #expect(limits.maxRequestLineLength == 8 * 1024)
        #expect(limits.maxHeaderBytes == 16 * 1024)
        #expect(OpenAPIDocument.text.contains("4 KiB query"))
        #expect(OpenAPIDocument.text.contains("8 KiB request line"))
        #expect(OpenAPIDocument.text.contains("16 KiB"))
    }
}
