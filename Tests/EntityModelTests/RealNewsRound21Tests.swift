import ArabicText
@testable import EntityModel
import Testing

/// Round 21, read in 12,000 SaudiNewsNet articles with the weights trained on two more
/// encyclopedic files: common words alone became entities. `القرنقعوه` (a Gulf children's
/// festival night, a person 12 times), `السيول` ("the floods", a place 16), `القبول` ("admission",
/// `عميد القبول والتسجيل`, a person 13), `إغاثي` ("relief", `فريق إغاثي`, an organisation 15),
/// `الكورنيش` ("the corniche", an organisation 19), `الزهايمر` (the disease, a person 25). Inside
/// a longer name (`جمعية الزهايمر`) they are left to it. With the weights of the two files that
/// joined the training after, more words of the kind (5–10 each): `إنا لله`, `الإسلام`,
/// `المسيحية`, `رجال الدين`, `بصدد`, `خانة`, `بئر`, `فيلم`, `الأمن`, `المحافظة`, `الكنيسة`,
/// `الشأن`, `خالية`. Sentences written for these tests.
@Suite struct NeverEntitiesRound21Tests {
    @Test func theWordsAloneAreNoEntities() {
        let cases: [(String, String, EntityType)] = [
            ("واحتفل الأطفال بليلة القرنقعوه في الحي.", "القرنقعوه", .person),
            ("واحتجزت الأمطار والسيول سكان القرى.", "السيول", .location),
            ("وشكر عميد القبول والتسجيل الموظفين.", "القبول", .person),
            ("ووصل فريق إغاثي إلى المدينة.", "إغاثي", .organization),
            ("وامتدت الفعاليات على الكورنيش الشمالي.", "الكورنيش", .organization),
            ("وتخوض الشركات الحرب ضد الزهايمر منذ سنوات.", "الزهايمر", .person),
            ("إِنَّا لِلّهِ وإنا إليه راجعون.", "إِنَّا لِلّهِ", .person),
            ("وتحدث عن سماحة الإسلام في كلمته.", "الإسلام", .person),
            ("وانتشرت المسيحية في القرن الرابع.", "المسيحية", .location),
            ("واجتمع رجال الدين في المسجد.", "رجال الدين", .person),
            ("وقال إن الحكومة بصدد دراسة القرار.", "صدد", .location),
            ("واكتب اسمك في خانة البيانات.", "خانة", .location),
            ("وحفر الأهالي بئر ماء جديدة.", "بئر", .location),
            ("وعرض فيلم وثائقي عن الحرب.", "فيلم", .person),
            ("وأكد أن الأمن مستتب في المدينة.", "الأمن", .organization),
            ("وزار المحافظ قرى المحافظة أمس.", "المحافظة", .location),
            ("ورحب بالزوار في الكنيسة.", "الكنيسة", .organization),
            ("وقال في هذا الشأن إن الأمر محسوم.", "الشأن", .location),
            ("وأصبحت الشوارع خالية من المارة.", "خالية", .location),
        ]
        for (text, word, type) in cases {
            let probe = KnownNamesProbe(text)
            let left = probe.applied(to: [probe.mention(word, type)])
            #expect(left.isEmpty, "\(word): \(left)")
        }
    }

    /// Names the new weights mistyped: Greenwich a person (`بتوقيت غرينتش`), the airline flynas
    /// and the oil company Dragon Oil persons.
    @Test func listedNamesTakeTheirType() {
        let cases: [(String, String, EntityType, EntityType)] = [
            ("وتبدأ المباراة في الساعة الخامسة بتوقيت غرينتش.", "غرينتش", .person, .location),
            ("وأعلنت طيران ناس عن رحلات جديدة.", "طيران ناس", .person, .organization),
            ("ووقعت دراجون أويل عقدا جديدا.", "دراجون أويل", .person, .organization),
        ]
        for (text, name, read, type) in cases {
            let probe = KnownNamesProbe(text)
            let left = probe.applied(to: [probe.mention(name, read)])
            #expect(left.map(\.type) == [type], "\(name): \(left)")
        }
    }

    @Test func aNameThatHoldsTheWordStays() {
        let probe = KnownNamesProbe("وأطلقت جمعية الزهايمر حملة توعية.")
        let left = probe.applied(to: [probe.mention("جمعية الزهايمر", .organization)])
        #expect(left.map(\.name) == ["جمعية الزهايمر"], "\(left)")
    }
}

/// Round 21: `أيده الله` ("may God support him", said after a king's title) was an organisation
/// 17 times in 12,000 SaudiNewsNet articles. A blessing's verb followed by `الله` is no entity of
/// any type alone, as it was already no part of a person's name (`BlessingTails`).
@Suite struct BlessingVerbsAloneRound21Tests {
    @Test func aBlessingVerbAloneIsNoEntity() {
        let probe = KnownNamesProbe("وأكد خادم الحرمين الشريفين أيده الله عمق العلاقات.")
        let left = BlessingTails.cutting([probe.mention("أيده", .organization)], tokens: probe.tokens)
        #expect(left.isEmpty, "\(left)")
    }

    @Test func aNameBeforeAnotherWordStays() {
        let probe = KnownNamesProbe("ووقعت شركة وفقه مع البنك اتفاقية.")
        let m = probe.mention("وفقه", .organization)
        #expect(BlessingTails.cutting([m], tokens: probe.tokens) == [m])
    }
}

/// Round 21: `الاتفاق` ("the agreement") was an organisation 101 times in 12,000 SaudiNewsNet
/// articles with the new weights, most in stories on the nuclear deal; Al-Ettifaq, the club, is
/// named so in sport news. A derived verbal noun alone is a club only where the text speaks of
/// sport, and never a place (`الانتحار`, "suicide", a place 5 times). Sentences written for these tests.
@Suite struct VerbalNounClubsRound21Tests {
    @Test func theAgreementIsNoBody() {
        let probe = KnownNamesProbe("وأحال الرئيس الاتفاق إلى الكونغرس لمناقشته.")
        #expect(VerbalNounClubs.removing(from: [probe.mention("الاتفاق", .organization)], tokens: probe.tokens).isEmpty)
        let place = KnownNamesProbe("وارتفعت حالات الانتحار في المدينة.")
        #expect(VerbalNounClubs.removing(from: [place.mention("الانتحار", .location)], tokens: place.tokens).isEmpty)
    }

    @Test func theClubStaysInSportNews() {
        let probe = KnownNamesProbe("وفاز الاتفاق على ضيفه في مباراة الدوري أمس.")
        let club = probe.mention("الاتفاق", .organization)
        #expect(VerbalNounClubs.removing(from: [club], tokens: probe.tokens) == [club])
        let union = KnownNamesProbe("وقال الاتحاد إن الاجتماع انتهى.")
        let body = union.mention("الاتحاد", .organization)
        #expect(VerbalNounClubs.removing(from: [body], tokens: union.tokens) == [body])
    }
}

/// Round 21, read in ANERcorp's ten development blocks: where the model took a descriptor head
/// into an organisation (`أعلنت شركة نوكيا أنها…`), the head stayed (about 35 spans), against
/// Marsad's conventions and ANERcorp's. Sentences written for these tests.
@Suite struct DescriptorHeadsRound21Tests {
    @Test func theHeadStaysOut() {
        let cases: [(String, String)] = [("شركة نوكيا", "نوكيا"), ("صحيفة يديعوت أحرونوت", "يديعوت أحرونوت"),
                                         ("نادي الوحدة", "الوحدة"), ("شركة أرامكو", "أرامكو")]
        for (run, name) in cases {
            let m = EntityMention(type: .organization, name: run, start: 7, end: 7 + run.unicodeScalars.count)
            let out = DescriptorHeads.trimming([m])
            #expect(out == [EntityMention(type: .organization, name: name, start: 7 + run.unicodeScalars.count - name.unicodeScalars.count,
                                          end: 7 + run.unicodeScalars.count)], "\(out)")
        }
    }

    @Test func aHeadBeforeACommonWordOrOfAPlaceIsLeftAlone() {
        for name in ["شركة تسويق", "شركة الكهرباء", "شركة الظهران", "نادي الباحة الأدبي", "شركة الصين للبترول",
                     "شركة عقارية", "نادي الملك سلمان", "شركة محمود صالح أبار"] {
            let m = EntityMention(type: .organization, name: name, start: 0, end: name.unicodeScalars.count)
            #expect(DescriptorHeads.trimming([m]) == [m], "\(name)")
        }
        let channel = EntityMention(type: .organization, name: "قناة فوكس نيوز", start: 0, end: 14)
        #expect(DescriptorHeads.trimming([channel]) == [channel])
        let place = EntityMention(type: .location, name: "نادي الفروسية", start: 0, end: 13)
        #expect(DescriptorHeads.trimming([place]) == [place])
    }
}
