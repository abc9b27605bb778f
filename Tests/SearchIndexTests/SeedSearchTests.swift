import Testing
@testable import SearchIndex

/// Queries as users type them, over the five seed articles.
/// 000: the Benghazi sentence (ترمب, الأميركية, أبو ختالة, أسرته); 001: who is the suspect
/// (#مصطفى_الإمام, أبوختالة, بليبيا, سرت); 002: State Department report (الأمريكية, فى);
/// 003: US strike near Ubari (داعش, سرت, أفريقيا); 004: AFRICOM (إفريقيا, الأمريكية).
struct SeedSearchTests {
    @Test func seedsAreLoaded() {
        #expect(SeedCorpus.documents.count == 5)
    }

    /// Each query must find exactly these articles (in any order).
    @Test(arguments: [
        ("بنغازي", ["000", "001", "002"]),
        ("ليبيا", ["000", "001", "002", "003", "004"]),
        ("\"مصطفى الإمام\"", ["000", "001"]),
        ("#مصطفى_الإمام", ["000", "001"]),
        ("أبوختالة", ["000", "001"]),
        ("أبو ختالة", ["000", "001"]),
        ("\"أبو ختالة\"", ["000", "001"]),
        ("ختالة", ["000", "001"]),
        ("ترامب", ["000"]),
        ("ترمب", ["000"]),
        ("سرت", ["001", "003"]),
        ("داعش", ["003"]),
        ("لداعش", ["003"]),
        ("الافريكوم", ["004"]),
        ("مصطفى -ختالة", []),
        ("بومبيو OR تاونسيند", ["003", "004"]),
        ("\"تنظيم القاعدة\" -بومبيو", ["002"]),
        ("١١ سبتمبر ٢٠١٢", ["000"]),
        ("مُصْطَفَى", ["000", "001"]),
        ("بــنــغــازي", ["000", "001", "002"]),
        ("فايز السراج", ["003", "004"]),
        ("مرزق أو أوباري", ["003", "004"]),
        ("المسئول", ["002", "003"]),
        ("بو سليم", ["000", "001"]),
        ("عبدالحكيم", ["001"]),
    ])
    func findsExactly(_ query: String, _ expected: [String]) throws {
        #expect(Set(try SeedCorpus.hits(query)) == Set(expected))
    }

    /// Each query must find at least these articles.
    @Test(arguments: [
        ("الأمريكية", ["000", "002", "004"]),
        ("الأميركية", ["000", "002", "004"]),
        ("أمريكا", ["000", "001"]),
        ("أفريقيا", ["003", "004"]),
        ("إفريقيا", ["003", "004"]),
        ("بليبيا", ["000", "001", "002", "003", "004"]),
        ("لليبيا", ["000", "001", "002", "003", "004"]),
        ("الولايات المتحدة", ["000", "004"]),
        ("القذافى", ["000", "001", "003"]),
        ("اسرة", ["000", "001"]),
    ])
    func findsAtLeast(_ query: String, _ expected: [String]) throws {
        #expect(Set(try SeedCorpus.hits(query)).isSuperset(of: expected))
    }

    /// Regression: the title boost was folded into a saturating term frequency, so the article
    /// titled "هجوم بنغازي الدامي…" ranked last of three for بنغازي.
    @Test(arguments: [("بنغازي", "000"), ("غارة", "003")])
    func titleMatchRanksFirst(_ query: String, _ titled: String) throws {
        #expect(try SeedCorpus.hits(query).first == titled)
    }

    @Test func titleMatchBeatsRepeatedBodyMatches() throws {
        let index = InvertedIndex(documents: [
            IndexedDocument(id: "body", title: "أخبار اليوم", text: String(repeating: "وقعت اشتباكات في حلب وحمص. ", count: 6)),
            IndexedDocument(id: "title", title: "اشتباكات في حلب", text: "قالت مصادر محلية إن الوضع متوتر في المدينة."),
            IndexedDocument(id: "other", title: "اقتصاد", text: "ارتفعت الأسعار في دمشق."),
        ])
        #expect(index.search(try SearchQuery(parsing: "اشتباكات")).hits.map(\.id) == ["title", "body"])
    }

    @Test func exactFormRanksAboveStemMatch() throws {
        // 001 alone writes بليبيا; the others only ليبيا.
        let hits = try SeedCorpus.hits("بليبيا")
        #expect(hits.first == "001")
    }

    @Test func highlightsCoverWholeWords() throws {
        let results = SeedCorpus.index.search(try SearchQuery(parsing: "الأميركية بنغازي"))
        #expect(results.total > 0)
        for hit in results.hits {
            #expect(!hit.snippets.isEmpty)
            for snippet in hit.snippets {
                let scalars = Array(snippet.text.unicodeScalars)
                for h in snippet.highlights {
                    #expect(h.start >= 0 && h.end <= scalars.count && h.start < h.end)
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[h.start..<h.end])
                    let word = String(view)
                    #expect(word.contains("بنغازي") || word.contains("مير") || word.contains("مري"), "\(word)")
                    if h.start > 0 { #expect(!scalars[h.start - 1].properties.isAlphabetic) }
                    if h.end < scalars.count { #expect(!scalars[h.end].properties.isAlphabetic) }
                }
            }
        }
    }

    @Test func phraseHighlightsBothWords() throws {
        let results = SeedCorpus.index.search(try SearchQuery(parsing: "\"مصطفى الإمام\""))
        let snippet = try #require(results.hits.first?.snippets.first)
        #expect(snippet.highlights.count >= 2)
    }

    @Test func suggestsWhenNothingMatches() throws {
        let results = SeedCorpus.index.search(try SearchQuery(parsing: "بنغاري"))
        #expect(results.total == 0)
        #expect(results.suggestion == "بنغازي")
    }

    @Test func matchingDocumentsListsAllBestFirst() throws {
        let results = SeedCorpus.index.search(try SearchQuery(parsing: "ليبيا"), limit: 2, offset: 1)
        #expect(results.total == 5)
        #expect(results.matchingDocuments.count == 5)
        #expect(results.hits.map(\.document) == Array(results.matchingDocuments[1..<3]))
    }

    @Test func allowedRestrictsHits() throws {
        let results = SeedCorpus.index.search(try SearchQuery(parsing: "ليبيا"), allowed: [1, 3])
        #expect(Set(results.matchingDocuments) == [1, 3])
    }
}
