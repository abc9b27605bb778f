import Foundation
import Testing

/// The README's read examples (`curl -s [-G] localhost:8080/… [--data-urlencode 'k=v']`) are
/// answered 200 by the API over the seeds, so a renamed route or a parameter the API refuses
/// cannot hide in the documentation. Placeholders (`ENTITY_ID`, `…`) and writes (`-X`) are skipped.
@Suite struct ReadmeExamplesTests {
    static let readme = SeedAPI.root.appendingPathComponent("README.md")

    /// Path-and-query targets of the README's GET examples, percent-encoded.
    static func targets(in text: String) -> [String] {
        var targets: [String] = []
        for line in text.split(separator: "\n") where line.hasPrefix("curl -s ") && !line.contains(" -X ") {
            let words = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            guard let url = words.first(where: { $0.hasPrefix("localhost:8080/") }),
                  !url.contains("ENTITY_ID"), !url.contains("…") else { continue }
            var target = String(url.dropFirst("localhost:8080".count))
            var extra: [String] = []
            // Each `--data-urlencode 'k=v'`, the quoted value taken whole (it may hold spaces).
            for quoted in line.components(separatedBy: "--data-urlencode '").dropFirst() {
                let argument = quoted.prefix { $0 != "'" }
                let pair = argument.split(separator: "=", maxSplits: 1).map(String.init)
                let value = pair.count > 1 ? pair[1].addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" : ""
                extra.append("\(pair[0])=\(value)")
            }
            if !extra.isEmpty { target += (target.contains("?") ? "&" : "?") + extra.joined(separator: "&") }
            targets.append(target)
        }
        return targets
    }

    @Test func readExamplesAnswer200() throws {
        guard let text = try? String(contentsOf: Self.readme, encoding: .utf8) else { return }
        let targets = Self.targets(in: text)
        #expect(targets.count >= 5, "found \(targets)")
        for target in targets {
            let result = SeedAPI.get(target)
            #expect(result.status == 200, "README example \(target): \(result.json.object)")
        }
    }

    @Test func parsesTheExampleForms() {
        let text = """
        curl -s 'localhost:8080/api/articles?limit=5'   # x
        curl -s -G localhost:8080/api/search --data-urlencode 'q=ب ت'
        curl -s localhost:8080/api/entities/ENTITY_ID
        curl -s -X DELETE localhost:8080/api/articles/1
        """
        #expect(Self.targets(in: text) == ["/api/articles?limit=5", "/api/search?q=%D8%A8%20%D8%AA"])
    }
}
