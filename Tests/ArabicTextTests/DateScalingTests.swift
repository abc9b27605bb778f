import Testing
@testable import ArabicText

/// Tagging scales with the text: ten times the text gives exactly ten times the dates.
/// (Speed itself is measured by the benchmark, `scripts/bench.sh`, not by timed tests.)
@Suite struct DateScalingTests {
    @Test func repeatedTextGivesProportionalResults() {
        let sentence = "قتل 17 عنصرا في غارة يوم 26 سبتمبر 2019 قرب مرزق، وفق بيان الجمعة. "
        let small = String(repeating: sentence, count: 50)
        let large = String(repeating: sentence, count: 500)
        #expect(DateTagger().tag(small).count == 2 * 50)  // 26 سبتمبر 2019 and الجمعة
        #expect(DateTagger().tag(large).count == 10 * DateTagger().tag(small).count)
    }
}
