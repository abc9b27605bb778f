import ArabicText
@testable import EntityModel
import Testing

/// `علي` before a name is the given name Ali when the model reads it so, even though the rules
/// leave it out (they cannot tell it from `على`, "on", typed with a dotted yaa). On the fresh
/// SaudiNewsNet slice the rules' boundaries won: `عبدالله صالح` 74 times where the text says
/// `علي عبدالله صالح` (110 of 122 times), and Yemen's former president was three entities
/// (`علي عبد الله صالح`, `عبدالله صالح`, `صالح`). Sentences written for this test.
@Suite struct GivenNameAliTests {
    @Test func aliBeforeANameIsPartOfIt() {
        let names = ShippedNames.of("قال الرئيس اليمني المخلوع علي عبدالله صالح إن قواته ستواصل القتال.")
        #expect(names.contains { $0 == (.person, "علي عبدالله صالح") }, "\(names)")
        #expect(!names.contains { $0 == (.person, "عبدالله صالح") }, "\(names)")
    }

    @Test func aliAfterAConjunctionIsPartOfIt() {
        let names = ShippedNames.of("وأكدت المصادر أن قوات المخلوع علي عبدالله صالح هاجمت المدينة.")
        #expect(names.contains { $0 == (.person, "علي عبدالله صالح") }, "\(names)")
    }

    /// The preposition stays out where the model reads it as one.
    @Test func onBeforeANameStaysOut() {
        let names = ShippedNames.of("وأثنى الوزير على عبدالله صالح لجهوده في اللجنة.")
        #expect(!names.contains { $0.1.hasPrefix("على") }, "\(names)")
    }
}
