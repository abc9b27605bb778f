import Testing
@testable import SearchIndex

/// The query syntax: words, "phrases", -exclusions, OR.
struct SearchQueryTests {
    @Test(arguments: [
        ("بنغازي", "بنغازي"),
        ("  ليبيا   داعش ", "ليبيا داعش"),
        ("\"مصطفى الإمام\"", "\"مصطفى الإمام\""),
        ("«مصطفى الإمام»", "\"مصطفى الإمام\""),
        ("#مصطفى_الإمام", "\"مصطفى الإمام\""),
        ("ليبيا -داعش", "ليبيا -داعش"),
        ("ليبيا -\"تنظيم الدولة\"", "ليبيا -\"تنظيم الدولة\""),
        ("بومبيو OR تاونسيند ليبيا", "بومبيو OR تاونسيند ليبيا"),
        ("\"تنظيم الدولة\" OR داعش", "\"تنظيم الدولة\" OR داعش"),
        ("(سرت OR درنة) القاعدة", "سرت OR درنة القاعدة"),
        ("OR ليبيا", "ليبيا"),
        ("سرت أو درنة", "سرت OR درنة"),
        ("ليبيا | تونس", "ليبيا OR تونس"),
        ("مصطفى، الإمام!", "مصطفى الإمام"),
    ])
    func parses(_ text: String, _ canonical: String) throws {
        #expect(try SearchQuery(parsing: text).description == canonical)
    }

    @Test(arguments: ["", "   ", "\"\"", "-ليبيا", "-ليبيا -داعش", "OR", "!!! ،،"])
    func rejectsQueriesWithNothingToFind(_ text: String) {
        #expect(throws: QueryError.self) { try SearchQuery(parsing: text) }
    }

    @Test func structure() throws {
        let q = try SearchQuery(parsing: "أ OR \"ب ج\" د -هـ")
        #expect(q.clauses.count == 2)
        #expect(q.clauses[0].alternatives == [.word("أ"), .phrase(["ب", "ج"])])
        #expect(q.clauses[1].alternatives == [.word("د")])
        #expect(q.excluded == [.word("هـ")])
        #expect(q.words == ["أ", "ب", "ج", "د"])
    }
}
