import ArabicText
@testable import EntityModel
import Testing

/// A descriptor head before a name the model sees whole (`وكالة فرانس برس`, `بعثة الأمم المتحدة`)
/// stays out of the organisation, as the project's labelled paragraphs and ANERcorp write it;
/// `وكالة` before a definite word is part of the agency's name (`وكالة الأناضول`). Sentences
/// written for these tests; the first two failed before `وكالة` and `بعثة` were descriptor heads.
@Suite struct DescriptorHeadTests {
    /// The rules' span of `head + name` reconciled with the model's span of `name` alone.
    func reconciled(_ text: String, rule ruleName: String, model modelName: String) -> EntityMention? {
        let scalars = Tokenizer.scalars(of: text)
        let flat = String(String.UnicodeScalarView(scalars))
        func mention(_ name: String) -> EntityMention {
            let range = flat.range(of: name)!
            let start = flat.unicodeScalars.distance(from: flat.unicodeScalars.startIndex, to: range.lowerBound)
            return EntityMention(type: .organization, name: name, start: start, end: start + name.unicodeScalars.count)
        }
        return OrganizationSpans.reconciled(mention(ruleName), with: [mention(modelName)], scalars: scalars)
    }

    @Test func anAgencyHeadStaysOutOfAForeignName() {
        #expect(reconciled("وقالت وكالة فرانس برس إن الوفد وصل.", rule: "وكالة فرانس برس", model: "فرانس برس") == nil)
    }

    @Test func aMissionHeadStaysOutOfItsBody() {
        #expect(reconciled("وصلت بعثة الأمم المتحدة إلى المدينة.", rule: "بعثة الأمم المتحدة", model: "الأمم المتحدة") == nil)
    }

    @Test func anAgencyNamedByADefiniteWordKeepsItsHead() {
        let kept = reconciled("وذكرت وكالة الأناضول أن الاجتماع انتهى.", rule: "وكالة الأناضول", model: "الأناضول")
        #expect(kept?.name == "وكالة الأناضول")
    }

    @Test func theShippedRecognizerNamesTheAgencyWithoutItsHead() throws {
        let recognizer = try #require(LearnedEntityRecognizer.shipped)
        let orgs = recognizer.recognize(in: "وقالت وكالة فرانس برس إن قوات الأمم المتحدة وصلت.").filter { $0.type == .organization }.map(\.name)
        #expect(orgs.contains("فرانس برس") && !orgs.contains("وكالة فرانس برس"))
    }
}
