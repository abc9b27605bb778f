import ArabicText

/// A person right after the head of a club, company, paper or channel (`نادي`, `شركة`,
/// `صحيفة`…) is that body's own name read as a person: `رئيس نادي جدة الأدبي` gave the person
/// `جدة الأدبي` (the title `رئيس` before the head made the rules read a name), and `شركة عبد
/// اللطيف جميل` is a company named after its founder. Such a person is the body: an organisation,
/// named without its head (as `صحيفة` [`هآرتس`]). A person right after the head of a
/// competition or a prize (`دوري عبداللطيف جميل`, the league; `جائزة الملك فيصل`) names that
/// competition, no Marsad type: dropped.
enum NamingHeadPersons {
    /// Heads of competitions and prizes named after a person or a sponsor. Normalised. Source:
    /// Arabic sports and news usage (a narrower list than `PersonFilters.eventHeads`: after an
    /// exhibition or a festival, `معرض الفنان …`, the person is often the exhibitor; `بطولة`
    /// is also "starring", `من بطولة آل باتشينو`).
    static let competitionHeads: Set<String> = ["دوري", "كاس", "جائزه", "سباق", "مسابقه", "ماراثون"]

    /// `mentions` without the persons whose first word follows a competition's head (whole or
    /// after a proclitic: `بجائزة`).
    static func droppingCompetitionNamesakes(_ mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .person,
                  let k = ModelToken.index(holding: m.start, in: tokens), k > 0 else { return true }
            let before = tokens[k - 1].text
            return !competitionHeads.contains(ArabicNormalizer.normalize(before))
                && !EntityEvidence.procliticReadings(of: before).contains(where: { competitionHeads.contains($0.key) })
        }
    }

    /// `mentions` with each person whose first word follows a naming head (whole or after a
    /// proclitic: `لنادي`) made an organisation.
    static func retyping(_ mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .person,
                  let k = ModelToken.index(holding: m.start, in: tokens), k > 0 else { return m }
            let before = tokens[k - 1].text
            guard EntityEvidence.isNamingHead(ArabicNormalizer.normalize(before))
                    || EntityEvidence.procliticReadings(of: before).contains(where: { EntityEvidence.isNamingHead($0.key) })
            else { return m }
            return EntityMention(type: .organization, name: m.name, start: m.start, end: m.end)
        }
    }
}
