import ArabicText
@testable import EntityModel
import Testing

/// Words that introduce a name are no part of it (round 19): `ولد` "was born" before a name,
/// `باسم` "by the name of" after a word of naming or speaking, and a blessing's verb the model
/// stopped at (`محمد صلى` before `الله عليه وسلم`). Sentences written for these tests.
@Suite struct NameIntroducersTests {
    private func persons(_ text: String) -> [String] {
        ShippedNames.of(text).filter { $0.0 == .person }.map(\.1)
    }

    private func trimmed(_ text: String, person name: String) -> [String] {
        let (m, tokens, _) = MentionInText.of(.person, name, in: text)
        return NameIntroducers.trimming([m], tokens: tokens).map(\.name)
    }

    @Test func bornIsNoPartOfTheName() {
        #expect(trimmed("ولد رياض محرز في سارسيل عام 1991.", person: "ولد رياض محرز") == ["رياض محرز"])
        #expect(trimmed("ولد في القاهرة.", person: "ولد") == [])
        // Mauritanian "son of" inside a name stays.
        #expect(trimmed("وقال محمد ولد عبد العزيز إن الحكومة مستعدة.", person: "محمد ولد عبد العزيز") == ["محمد ولد عبد العزيز"])
    }

    @Test func byTheNameOfAfterNaming() {
        #expect(trimmed("واشتهر اللاعب المعروف باسم بيليه بأهدافه.", person: "باسم بيليه") == ["بيليه"])
        #expect(trimmed("وقال المتحدث باسم الجيش إن القوات انسحبت.", person: "باسم الجيش") == ["الجيش"])
        // Bassem, the given name, stays.
        #expect(trimmed("وقدم الإعلامي باسم يوسف برنامجه الساخر.", person: "باسم يوسف") == ["باسم يوسف"])
    }

    @Test func theShippedRecognizerLeavesTheIntroducersOut() {
        let born = persons("ولد رياض محرز في سارسيل بفرنسا عام 1991، وبدأ مسيرته في نادي لوهافر.")
        #expect(!born.contains { $0.hasPrefix("ولد") }, "\(born)")
        let known = persons("واشتهر اللاعب البرازيلي المعروف باسم بيليه بأهدافه الكثيرة.")
        #expect(!known.contains { $0.hasPrefix("باسم") }, "\(known)")
    }

    @Test func aBlessingTheNameStoppedAtIsCut() {
        let text = "وهاجر النبي محمد صلى الله عليه وسلم إلى المدينة."
        let scalars = Array(text.unicodeScalars)
        let tokens = ModelTokenizer.sentences(in: scalars).flatMap { $0 }
        let m = EntityMention(type: .person, name: "محمد صلى", start: 12, end: 20)
        #expect(BlessingTails.cutting([m], tokens: tokens).map(\.name) == ["محمد"])
        // Without the text's next word the verb alone says nothing.
        #expect(BlessingTails.cutting([m]).map(\.name) == ["محمد صلى"])
    }
}

/// An organisation's head with an indefinite adjective describes a body and names none
/// (`تنظيم إرهابي`, `حزب معارض`, `مجلس بلدي`: about 110 organisations of the first 12,000
/// SaudiNewsNet articles, round 19); a name after the head stays. Sentences written for the test.
@Suite struct DescribedBodiesTests {
    @Test func aDescriptionIsNoOrganization() {
        for name in ["تنظيم إرهابي", "حزب معارض", "مجلس بلدي", "منظمة إرهابية", "جامعة سعودية", "قوات برية"] {
            let m = EntityMention(type: .organization, name: name, start: 0, end: name.unicodeScalars.count)
            #expect(DescribedBodies.removing(from: [m]).isEmpty, "\(name)")
        }
    }

    @Test func aNameAfterTheHeadStays() {
        for name in ["حزب الله", "حركة فتح", "بنك دبي", "مجلس شورى", "بنك نزوى", "شركة سامسونغ", "مجلس الوزراء"] {
            let m = EntityMention(type: .organization, name: name, start: 0, end: name.unicodeScalars.count)
            #expect(DescribedBodies.removing(from: [m]).count == 1, "\(name)")
        }
    }

    @Test func theShippedRecognizerDropsADescription() {
        let orgs = ShippedNames.of("وصنفت الحكومة الجماعة منظمة إرهابية، وقال حزب معارض إن القرار متسرع.")
            .filter { $0.0 == .organization }.map(\.1)
        #expect(!orgs.contains("منظمة إرهابية") && !orgs.contains("حزب معارض"), "\(orgs)")
    }
}

/// `تنظيم` before a group's name is part of it, as ANERcorp and the seeds' gold mark it (round 19);
/// before a body with a head of its own, or a common noun, it is "organising". Sentences written
/// for the test.
@Suite struct GroupHeadsTests {
    private func extended(_ text: String, org name: String) -> [String] {
        let (m, tokens, scalars) = MentionInText.of(.organization, name, in: text)
        return GroupHeads.extending([m], tokens: tokens, scalars: scalars).map(\.name)
    }

    @Test func theHeadJoinsTheGroup() {
        #expect(extended("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", org: "داعش") == ["تنظيم داعش"])
        #expect(extended("وقاتلت القوات وتنظيم القاعدة في المنطقة.", org: "القاعدة") == ["تنظيم القاعدة"])
    }

    @Test func organisingIsNoHead() {
        #expect(extended("وناقش تنظيم مجلس الوزراء الجديد.", org: "مجلس الوزراء") == ["مجلس الوزراء"])
        #expect(extended("وأقر قانون تنظيم سوق الأوراق المالية.", org: "سوق الأوراق المالية") == ["سوق الأوراق المالية"])
    }
}

/// One mention over the first occurrence of `name` in `text`, with the text's tokens and scalars:
/// what the passes that read a mention's neighbours are given.
enum MentionInText {
    static func of(_ type: EntityType, _ name: String, in text: String) -> (EntityMention, [ModelToken], [Unicode.Scalar]) {
        let scalars = Array(text.unicodeScalars)
        let tokens = ModelTokenizer.sentences(in: scalars).flatMap { $0 }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                 to: text.range(of: name)!.lowerBound.samePosition(in: text.unicodeScalars)!)
        return (EntityMention(type: type, name: name, start: start, end: start + name.unicodeScalars.count), tokens, scalars)
    }
}
