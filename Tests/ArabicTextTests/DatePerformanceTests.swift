import Testing
@testable import ArabicText

/// Tagging cost: linear in the text, well under a millisecond per 5 KB article in release builds.
@Suite struct DatePerformanceTests {
    @Test func fiveKilobyteArticle() throws {
        let text = try DateTestSupport.seed("001_ee4fb4a7c0a0eb1e.txt")
        let tagger = DateTagger()
        let rounds = 50
        _ = tagger.tag(text)
        let elapsed = ContinuousClock().measure {
            for _ in 0..<rounds { _ = tagger.tag(text) }
        }
        let perArticle = elapsed / rounds
        print("DatePerformance: \(text.utf8.count) bytes tagged in \(perArticle) per article")
        // Debug builds are ~10–20× slower than release; this bound only catches a blow-up.
        #expect(perArticle < .milliseconds(50))
    }

    @Test func linearInTextSize() {
        let sentence = "قتل 17 عنصرا في غارة يوم 26 سبتمبر 2019 قرب مرزق، وفق بيان الجمعة. "
        let small = String(repeating: sentence, count: 50)
        let large = String(repeating: sentence, count: 500)
        #expect(DateTagger().tag(large).count == 10 * DateTagger().tag(small).count)
        let clock = ContinuousClock()
        let tSmall = clock.measure { _ = DateTagger().tag(small) }
        let tLarge = clock.measure { _ = DateTagger().tag(large) }
        #expect(tLarge < tSmall * 40)
    }
}
