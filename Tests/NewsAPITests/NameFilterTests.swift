import ArabicText
import Foundation
import Testing
@testable import NewsAPI

@Suite struct NameFilterTests {
    static let names = ["مصطفى الامام", "ليبيا", "حكومه الوفاق الوطني", "طرابلس", "CIA", "بنغازي", "الامم المتحده", "a", ""]
    static let queries = ["ليبيا", "امام", "الوطني", "CIA", "ci", "غازي", "م", "الامم المتحده", "x", "وفاق الو"]

    @Test func bytesAgreeWithFoundationOnArabicAndASCII() {
        for name in Self.names {
            for query in Self.queries {
                #expect(NameFilter(query).matches(name) == name.contains(query), "\(query) in \(name)")
            }
        }
    }

    @Test func composedAndDecomposedLatinStillMatch() {
        // "é" composed in the name, decomposed in the query: the same text.
        #expect(NameFilter("Jose\u{0301}").matches("Jos\u{00E9} Martí"))
        #expect(!NameFilter("Jose\u{0301}").matches("Jose Marti"))
    }

    @Test func anEntityListQueryFindsTheNameAfterNormalising() throws {
        let name = ArabicNormalizer.normalize("الأمم المتحدة")
        #expect(NameFilter(ArabicNormalizer.normalize("الامم")).matches(name))
        #expect(NameFilter(ArabicNormalizer.normalize("المتحدة")).matches(name))
        #expect(!NameFilter(ArabicNormalizer.normalize("المتحدث")).matches(name))
    }

    /// Issue 19: the entity filter folds the spelling variants search folds.
    @Test(arguments: [
        ("أمريكية", "الوكالة الأميركية"), ("الأميركية", "السفارة الأمريكية"), ("سورية", "سوريا"),
        ("سوريا", "الجمهورية العربية السورية"), ("ترامب", "دونالد ترمب"),
    ])
    func spellingVariantsMatch(_ query: String, _ name: String) {
        #expect(NameFilter(ArabicNormalizer.normalize(query)).matches(ArabicNormalizer.normalize(name)))
    }

    @Test func variantsDoNotWidenOtherNames() {
        #expect(!NameFilter(ArabicNormalizer.normalize("أمريكية")).matches(ArabicNormalizer.normalize("الاتحاد الأوروبي")))
    }
}
