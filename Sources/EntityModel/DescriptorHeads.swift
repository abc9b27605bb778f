import ArabicText

/// A descriptor head the model took into an organisation's name stays out of it, as Marsad's
/// conventions, ANERcorp and the labelled paragraphs write it: `شركة [نوكيا]`, `صحيفة [يديعوت
/// أحرونوت]`, `نادي [الوحدة]` (`OrganizationSpans.descriptorHeads`). The rules' reconciliation
/// left the head out only where the model's span did; where the model took it in, the head stayed
/// (ANERcorp's ten blocks: about 35 such spans). The head stays where the words after it do not
/// name the body alone (read in 12,000 SaudiNewsNet articles):
/// - a place (`شركة الظهران`, `نادي الباحة الأدبي`): the place alone is no body;
/// - a common word without the article (`شركة تسويق`, `شركة تقنية للطاقة`) or a feminine
///   relative adjective (`شركة عقارية`, `صحيفة اقتصادية عالمية`);
/// - a title or a given name: the body is named after a person (`نادي الملك سلمان`, `شركة محمود
///   صالح أبار`);
/// - a word with the article after any head but a club's or team's (`شركة الكهرباء` is "the
///   electricity company"; `نادي الشباب` is the club Al-Shabab).
/// `قناة` is not among the heads: the seeds' gold keeps it (`قناة فوكس نيوز`, `قناة النبأ`),
/// though ANERcorp leaves it out.
enum DescriptorHeads {
    /// The heads (normalised).
    static let heads = OrganizationSpans.descriptorHeads
    /// Heads whose body's name may be a word with the article (a club's). Normalised.
    static let clubHeads: Set<String> = ["نادي", "فريق"]

    static func trimming(_ mentions: [EntityMention]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .organization else { return m }
            let scalars = Array(m.name.unicodeScalars)
            guard let space = scalars.firstIndex(of: " "), space > 0, space + 1 < scalars.count else { return m }
            let head = ArabicNormalizer.normalize(String(String.UnicodeScalarView(scalars[..<space])))
            guard heads.contains(head) else { return m }
            let rest = String(String.UnicodeScalarView(scalars[(space + 1)...]))
            guard let first = ArabicNormalizer.normalize(rest).split(separator: " ").first.map(String.init),
                  !EntityEvidence.hasClass(first, "country", "city", "region", "title"),
                  !MentionBuilder.isKnownGivenName(first) else { return m }
            if first.hasPrefix("ال") {
                guard clubHeads.contains(head) else { return m }
            } else if first.hasSuffix("يه") || !MentionBuilder.isKnownName(first) && WordList.commonWords.contains(FeatureHash.value(first)) {
                return m
            }
            var trimmed = m
            trimmed.name = rest
            trimmed.start = m.start + space + 1
            return trimmed
        }
    }
}
