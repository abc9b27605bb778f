import Testing
@testable import ArabicText

/// An estimated publication date is never taken from the future a text looks forward to, nor
/// later than the caller's today. Sentences written for these tests.
@Suite struct DateEstimatorBoundTests {
    @Test func aTargetYearIsNoEvidence() {
        let text = "أطلقت الهيئة البرنامج قبل 3 سنوات ضمن خطة تكتمل بحلول عام 2030."
        #expect(ArticleDateEstimator().estimate(text) == nil)
    }

    @Test func aFutureVerbsYearIsNoEvidence() {
        let text = "ستستضيف المدينة المعرض في عام 2030، وكانت قد فازت بتنظيمه قبل عامين."
        #expect(ArticleDateEstimator().estimate(text) == nil)
    }

    @Test func anEstimateAfterTodayIsRefused() {
        let text = "تأسس النادي عام 2040 وفاز بالبطولة قبل عامين."
        let today = TemporalValue(year: 2026, month: 12, day: 3, precision: .day)
        #expect(ArticleDateEstimator().estimate(text)?.description == "2042")
        #expect(ArticleDateEstimator(notAfter: today).estimate(text) == nil)
        #expect(DateTagger().estimateAndTag(text, notAfter: today).anchor == nil)
    }

    @Test func pastEvidenceStillDates() {
        let text = "تأسس النادي عام 2012 وفاز بالبطولة قبل عامين."
        let today = TemporalValue(year: 2026, month: 12, day: 3, precision: .day)
        #expect(ArticleDateEstimator(notAfter: today).estimate(text)?.description == "2014")
    }
}
