import ArabicText
@testable import EntityModel
import Testing

/// Round 20: Saudi cities listed as fallbacks (`location?` in `known-names.tsv`). Read in 12,000
/// SaudiNewsNet articles, the model left 1,245 of them untagged (`تعليم الطائف`, `محافظة
/// الأحساء`, `ووصل الوفد إلى أبها`). A fallback is taken only where no mention covers its words:
/// the club `أبها` or `جامعة تبوك`, named by the model, stay as it named them. Sentences written
/// for these tests.
@Suite struct FallbackPlacesRound20Tests {
    @Test func aListedCityIsTakenWhereNothingCoversIt() {
        let probe = KnownNamesProbe("وقال مدير تعليم الطائف إن الدراسة تبدأ غدا في محافظة الأحساء.")
        let found = probe.applied(to: [])
        #expect(found.map(\.name) == ["الطائف", "الأحساء"] && found.allSatisfy { $0.type == .location }, "\(found)")
    }

    @Test func whatTheModelNamedStays() {
        let club = KnownNamesProbe("وفاز أبها على الفيصلي بهدفين.")
        #expect(club.applied(to: [club.mention("أبها", .organization)]).map(\.type) == [.organization])
        let university = KnownNamesProbe("وأعلنت جامعة تبوك نتائج القبول.")
        let kept = university.applied(to: [university.mention("جامعة تبوك", .organization)])
        #expect(kept.map(\.name) == ["جامعة تبوك"], "\(kept)")
    }

    @Test func aFallbackTakesItsProclitic() {
        let probe = KnownNamesProbe("وتفقد المحافظ المشروع بالخرج أمس.")
        let found = probe.applied(to: [])
        #expect(found.map(\.name) == ["الخرج"], "\(found)")
    }

    /// Cities whose names are also words are not listed: `ينبع` "springs from" (four false places
    /// in the Wikipedia-style development set), `المجمعة` "consolidated" (`الأرباح المجمعة`).
    @Test func citiesThatAreAlsoWordsAreNotListed() {
        for text in ["وقال إن الحب ينبع من القلب.", "بلغت الأرباح المجمعة للقطاع مليار ريال."] {
            let found = ShippedNames.of(text)
            #expect(!found.contains { $0.0 == .location }, "\(text): \(found)")
        }
    }

    @Test func theShippedWeightsAndListFindTheCity() {
        #expect(ShippedNames.of("ووصل الوفد إلى أبها مساء أمس.").contains { $0 == (.location, "أبها") })
    }
}

/// Round 20: `أودى بحياة` ("claimed the lives of") was the car maker Audi 34 times in 12,000
/// SaudiNewsNet articles: the known names listed `أودي`, and `ى` normalises to `ي`. The list no
/// longer holds it; the model names the company where a text does. Sentences written for the test.
@Suite struct ClaimedLivesRound20Tests {
    @Test func theVerbIsNoCompany() {
        let found = ShippedNames.of("وأعقب الهجوم الذي أودى بحياة 140 ألف شخص.")
        #expect(!found.contains { $0.0 == .organization }, "\(found)")
    }
}

/// Round 20, read in 12,000 SaudiNewsNet articles: stock indices were persons and bodies
/// (`المؤشر نيكي القياسي` 40, `مؤشر داو جونز` 26, `مؤشر ستاندرد آند بورز` 25), and two words of
/// market reports and essays were persons (`بمكرر` "at a multiple of", `الحاضر` "the present").
/// Sentences written for these tests.
@Suite struct IndexNamesRound20Tests {
    @Test func anIndexIsNoEntityInItsText() {
        let text = "وزاد المؤشر نيكي القياسي 0.5 في المئة، وتراجع نيكي أمس. وانخفض مؤشر داو جونز الصناعي 40 نقطة."
        let found = ShippedNames.of(text)
        #expect(!found.contains { $0.0 == .person || $0.0 == .organization }, "\(found)")
    }

    @Test func aBodyThatCompilesAnIndexStays() {
        let found = ShippedNames.of("وتقدمت المملكة في مؤشر البنك الدولي لسهولة ممارسة الأعمال.")
        #expect(found.contains { $0 == (.organization, "البنك الدولي") }, "\(found)")
    }

    @Test func marketAndEssayWordsAreNoPersons() {
        for (text, word) in [("وجاء قطاع الفنادق بمكرر 20 مرة.", "بمكرر"), ("وقال الكاتب إن الحاضر يتلاشى.", "الحاضر")] {
            let probe = KnownNamesProbe(text)
            #expect(probe.applied(to: [probe.mention(word, .person)]).isEmpty, "\(text)")
        }
    }
}

/// Round 20: the letter `إيه` of `البيفينول إيه` (bisphenol A) was an organisation 50 times in
/// 12,000 SaudiNewsNet articles; `في سبيل الله` ("for the sake of God") a place; `السيارة` ("the
/// car"), `التلفزيون` and `سلة` ("a basket of currencies") were read as entities with the third
/// file's weights. None is ever an entity alone. Sentences written for the test.
@Suite struct NeverEntitiesRound20Tests {
    @Test func theyAreNeverEntitiesAlone() {
        for key in ["إيه", "سبيل الله", "في سبيل الله", "السيارة", "سلة"] {
            #expect(EntityEvidence.isNeverAnEntity(ArabicNormalizer.normalize(key)), "\(key)")
        }
        let found = ShippedNames.of("وحذرت الدراسة من مادة البيفينول إيه في العبوات، وقال إنه جاهد في سبيل الله.")
        #expect(found.isEmpty, "\(found)")
        let probe = KnownNamesProbe("وقال التلفزيون إن البث يبدأ غدا.")
        #expect(probe.applied(to: [probe.mention("التلفزيون", .organization)]).isEmpty)
        let longer = ShippedNames.of("وأعلن التلفزيون المصري بدء البث.")
        #expect(longer.contains { $0 == (.organization, "التلفزيون المصري") }, "\(longer)")
    }
}
