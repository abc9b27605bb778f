import ArabicText

/// Marsad's entity recogniser: an averaged-perceptron sequence model trained on labelled news
/// (ANERcorp) decides the mentions, with the hand-built rules and lexicons as its features; then
/// Marsad's conventions are applied: attached clitics left out of names, government bodies
/// (which ANERcorp leaves untagged) taken from the rules, formulae and boilerplate dropped.
public struct LearnedEntityRecognizer: EntityRecognizing {
    public let weights: ModelWeights
    /// Subtracted from the outside tag's score: a perceptron trained on few names is too shy of
    /// them; chosen on the development split (README, "Entity model").
    public let outsideBias: Float
    /// Whether a name found once is also taken where the same words recur in the text.
    public let propagates: Bool
    /// Rule mentions at least this strong are kept as the rules found them (Marsad's naming
    /// conventions) and win over the model where they overlap; weaker ones only inform the model.
    public let keptRuleStrength: Int
    /// Rules whose boundaries are not kept over the model's (they run into the next word).
    public var excludedRuleStrengths: Set<Int> = LearnedEntityRecognizer.shippedExcludedRuleStrengths
    /// Rule mentions at least this strong are kept even where the model sees no entity.
    public let alwaysKeptRuleStrength: Int
    /// Well-known names given their type after decoding (`KnownNames`).
    public var knownNames: KnownNames = .shipped

    /// The recogniser with Marsad's shipped weights, or nil when they cannot be read.
    public static let shipped: LearnedEntityRecognizer? = ModelWeights.shipped.map {
        LearnedEntityRecognizer(weights: $0, outsideBias: shippedOutsideBias)
    }

    /// The outside bias chosen on the development split (lenient F1 0.725 at 0, 0.733 at 2).
    public static let shippedOutsideBias: Float = 2

    /// The weakest rule kept over the model, chosen on the development split and the gold paragraphs.
    public static let shippedKeptRuleStrength = EntityEvidence.RuleStrength.place

    /// Person rules' spans run into the next word (`سمير صبري والذي`): the model's boundaries are
    /// better there. Organisations found by their head are kept, reconciled with the model's
    /// span (`OrganizationSpans`: no descriptor head, no run into a verb or a conjunct).
    public static let shippedExcludedRuleStrengths: Set<Int> = [
        EntityEvidence.RuleStrength.person, EntityEvidence.RuleStrength.titledPerson,
    ]

    /// The weakest rule kept even against the model.
    public static let shippedAlwaysKeptRuleStrength = EntityEvidence.RuleStrength.quoted

    /// The recogniser Marsad uses: the learned one, or the rules alone if the weights are missing.
    public static let standard: any EntityRecognizing = shipped ?? EntityRecognizer()

    /// A recogniser with `weights`.
    public init(weights: ModelWeights, outsideBias: Float = 0, propagates: Bool = true,
                keptRuleStrength: Int = LearnedEntityRecognizer.shippedKeptRuleStrength,
                alwaysKeptRuleStrength: Int = LearnedEntityRecognizer.shippedAlwaysKeptRuleStrength) {
        self.weights = weights
        self.alwaysKeptRuleStrength = alwaysKeptRuleStrength
        self.keptRuleStrength = keptRuleStrength
        self.outsideBias = outsideBias
        self.propagates = propagates
    }

    /// Whether the rules' mention is a government body (`وزارة الداخلية`), which Marsad names as an
    /// organisation though ANERcorp leaves it untagged (the trainer relabels ANERcorp with it).
    /// `stateHeads: false` leaves out the state bodies added after decoding (`حكومة الإنقاذ`,
    /// `المجلس العسكري`): relabelling ANERcorp with them scored lower on the dev split (README).
    public static func isGovernmentBody(_ mention: EntityMention, stateHeads: Bool = true) -> Bool {
        MentionBuilder.isGovernmentBody(mention, stateHeads: stateHeads)
    }

    /// Whether `rule` is a facility the rules found by its head (`سجن بوسليم`, `مطار X`) around a
    /// name the model took alone with another type (`بوسليم` as an organisation): Marsad names
    /// facilities whole, so the facility is kept (the model's inner name gives way to it).
    /// A head written with a hamza on its alef is another word (`وأدى`, "and performed", is no
    /// `وادي`, "valley": no facility head carries one).
    func isFacilityAround(_ rule: (mention: EntityMention, strength: Int), _ model: [EntityMention]) -> Bool {
        guard rule.strength == EntityEvidence.RuleStrength.facility, rule.mention.type == .location,
              !Self.hasHamzaHead(rule) else { return false }
        return model.contains { rule.mention.start < $0.start && $0.end <= rule.mention.end }
    }

    /// Whether `rule` is a facility whose head is written with a hamza on its alef: another word
    /// than the head it normalises to (`وأدى` "and it led to" is no `وادي`), never kept.
    static func hasHamzaHead(_ rule: (mention: EntityMention, strength: Int)) -> Bool {
        guard rule.strength == EntityEvidence.RuleStrength.facility, let head = rule.mention.name.split(separator: " ").first else { return false }
        return head.unicodeScalars.contains { $0 == "أ" || $0 == "إ" || $0 == "آ" }
    }

    /// The model's tags for one sentence of tokens, given the rules' tags as evidence.
    func tags(for tokens: [String], ruleTags: [String], extractor: inout FeatureExtractor) -> [NERTag] {
        tags(for: extractor.facts(of: tokens), ruleTags: ruleTags, extractor: extractor)
    }

    /// The model's tags for one sentence whose tokens' facts are `facts`.
    func tags(for facts: [TokenFacts], ruleTags: [String], extractor: FeatureExtractor) -> [NERTag] {
        let T = NERTag.count
        var emissions = [Float](repeating: 0, count: facts.count * T)
        emissions.withUnsafeMutableBufferPointer { rows in
            // The features `extractor.forEachToken` gives, scored (`FeatureScorer`: the same sums).
            weights.scorer.addScores(of: facts, ruleTags: ruleTags, into: rows)
            for i in 0..<facts.count { rows[i * T + NERTag.outside.rawValue] -= outsideBias }
        }
        return ViterbiDecoder.decode(flatEmissions: emissions, transition: weights.transition)
    }

    /// One line per token of `text`: the token, the rules' tag, the model's tag (for the trainer's
    /// `tag` command, to read why a name is found or missed).
    public func explain(_ text: String) -> [String] {
        let scalars = Tokenizer.scalars(of: text)
        let rules = EntityEvidence.ruleMentions(in: text).map(\.mention)
        var extractor = FeatureExtractor()
        var lines: [String] = []
        for sentence in ModelTokenizer.sentences(in: scalars) {
            let ruleTags = FeatureExtractor.ruleTags(tokens: sentence.map { ($0.start, $0.end) }, mentions: rules)
            let tags = self.tags(for: sentence.map(\.text), ruleTags: ruleTags, extractor: &extractor)
            for (k, token) in sentence.enumerated() { lines.append("\(token.text)\t\(ruleTags[k])\t\(tags[k])") }
            lines.append("")
        }
        return lines
    }

    /// The entity mentions of `text`, in text order. Offsets count Unicode scalars, end exclusive.
    public func recognize(in text: String) -> [EntityMention] {
        var extractor = FeatureExtractor()
        return recognize(in: text, extractor: &extractor)
    }

    /// A recogniser for one thread's run of texts: it works out what it reads of each distinct
    /// word once for all the texts (a bounded memory), not once per text.
    public func worker() -> EntityRecognitionWorker {
        var extractor = FeatureExtractor()
        return EntityRecognitionWorker { text in self.recognize(in: text, extractor: &extractor) }
    }

    func recognize(in text: String, extractor: inout FeatureExtractor) -> [EntityMention] {
        let scalars = Tokenizer.scalars(of: text)
        let parts = TextParts.ranges(of: scalars)
        guard parts.count > 1 else { return recognize(part: text, scalars: scalars, extractor: &extractor) }
        var mentions: [EntityMention] = []
        for range in parts {
            let piece = Array(scalars[range])
            for var m in recognize(part: String(String.UnicodeScalarView(piece)), scalars: piece, extractor: &extractor) {
                m.start += range.lowerBound
                m.end += range.lowerBound
                mentions.append(m)
            }
        }
        return mentions
    }

    /// The mentions of `text` (a whole text, or one part of a long one), whose scalars are `scalars`.
    private func recognize(part text: String, scalars: [Unicode.Scalar], extractor: inout FeatureExtractor) -> [EntityMention] {
        let ruled = EntityEvidence.ruleMentions(in: text)
        let rules = ruled.map(\.mention)
        var mentions: [EntityMention] = []
        let sentences = ModelTokenizer.sentences(in: scalars)
        let tokens = sentences.flatMap { $0 }
        // The rules' tags of the whole text at once (the same tags as sentence by sentence).
        let textRuleTags = FeatureExtractor.ruleTags(tokens: tokens.map { ($0.start, $0.end) }, mentions: rules)
        var sentenceStart = 0
        var allFacts: [TokenFacts] = []
        allFacts.reserveCapacity(tokens.count)
        let splits = RunSplits(rules: rules)
        for sentence in sentences {
            let ruleTags = Array(textRuleTags[sentenceStart ..< sentenceStart + sentence.count])
            sentenceStart += sentence.count
            let facts = extractor.facts(of: sentence.map(\.text))
            allFacts += facts
            let tags = self.tags(for: facts, ruleTags: ruleTags, extractor: extractor)
            var i = 0
            while i < tags.count {
                guard let type = tags[i].type else { i += 1; continue }
                var j = i + 1
                while j < tags.count, tags[j].isInside, tags[j].type == type { j += 1 }
                var last = j - 1
                while last > i, sentence[last].isPunctuation { last -= 1 }
                let place = type == .organization && last > i ? splits.place(after: sentence[last]) : nil
                if let mention = MentionBuilder.mention(type: type, tokens: sentence[i..<(place == nil ? j : last)],
                                                        scalars: scalars, weights: weights, rules: rules) {
                    mentions.append(mention)
                }
                if let place { mentions.append(place) }
                i = j
            }
        }
        // A strong rule mention keeps its boundaries (Marsad's conventions) when the model sees an
        // entity of the same type there; the strongest (quoted names) even when it does not.
        let model = mentions
        let kept = ruled.filter { rule in
            if rule.strength < keptRuleStrength, RunOnNames.cuts(model, at: rule, tokens: tokens, rules: rules) { return true }
            guard rule.strength >= keptRuleStrength, !excludedRuleStrengths.contains(rule.strength), !Self.hasHamzaHead(rule),
                  !EntityEvidence.isNeverAnEntity(ArabicNormalizer.normalize(rule.mention.name)) else { return false }
            return rule.strength >= alwaysKeptRuleStrength || model.contains {
                $0.type == rule.mention.type && $0.start < rule.mention.end && rule.mention.start < $0.end
            } || isFacilityAround(rule, model) || NaturalFeatures.isUnseenFeature(rule, model: model)
        }.compactMap { rule in
            rule.strength == EntityEvidence.RuleStrength.organization
                ? OrganizationSpans.reconciled(rule.mention, with: model, scalars: scalars) : rule.mention
        }.map { TitleEndedNames.completed($0, by: model, scalars: scalars) }
        mentions = kept + mentions.filter { m in !kept.contains { $0.start < m.end && m.start < $0.end } }
        mentions = PlaceDescriptors.trimming(mentions, scalars: scalars)
        mentions = LeadingAli.widening(mentions, by: rules, scalars: scalars)
        mentions = ConjunctionPlaces.splitting(mentions, scalars: scalars)
        let titleSurnames = SurnameTitles.familyNames(in: mentions, rules: rules)
        mentions = SurnameTitles.extendingToFamilyNames(titleSurnames, in: mentions, tokens: tokens, scalars: scalars)
        mentions = SurnameTitles.droppingFollowers(of: titleSurnames, in: mentions, tokens: tokens)
        if propagates {
            mentions += MentionPropagation.recurrences(of: mentions, in: tokens, facts: allFacts, scalars: scalars,
                                                       titleSurnames: titleSurnames)
        }
        mentions = TextClitics.applying(to: mentions, rules: rules, tokens: tokens, scalars: scalars)
        mentions = GroupHeads.extending(mentions, tokens: tokens, scalars: scalars)
        mentions = MentionBuilder.governmentBodies(rules, besides: mentions)
        mentions = NamedAfterPerson.applying(to: mentions.sorted { $0.start < $1.start }, tokens: tokens,
                                             scalars: scalars, rulePersons: rules.filter { $0.type == .person })
        mentions = TypeConsistency.applying(to: mentions, rules: ruled, scalars: scalars)
        mentions = FamilyNameEvidence.applying(to: mentions, rules: rules)
        mentions = MonthPersons.removing(from: mentions, tokens: tokens)
        mentions = BlessingTails.cutting(mentions, tokens: tokens)
        mentions = NameIntroducers.trimming(mentions, tokens: tokens)
        mentions = ConjoinedPersons.splitting(mentions, scalars: scalars)
        mentions = RegnalNumbers.extending(mentions, tokens: tokens, scalars: scalars)
        mentions = PersonFilters.applying(to: mentions, nameStarts: weights.nameStartCount)
        mentions = LocalNames.applying(to: mentions, tokens: tokens)
        mentions = AdjectivePersons.removing(from: mentions, tokens: tokens)
        mentions = NamingHeadPersons.retyping(mentions, tokens: tokens)
        mentions = NamingHeadPersons.droppingCompetitionNamesakes(mentions, tokens: tokens)
        mentions = AmbiguousPlaces.removing(from: mentions, tokens: tokens)
        mentions = HolySites.retyping(mentions, tokens: tokens)
        mentions = PronounPlaces.removing(from: mentions)
        mentions = CouncilNames.trimming(mentions)
        mentions = SportBodies.trimming(mentions)
        mentions = FieldConjuncts.extending(mentions, tokens: tokens, scalars: scalars)
        mentions = OpenComplements.extending(mentions, tokens: tokens, scalars: scalars)
        mentions = MilitaryBases.removing(from: mentions, tokens: tokens)
        mentions = IndexNames.removing(from: mentions, tokens: tokens)
        mentions = VerbalNounClubs.removing(from: mentions, tokens: tokens)
        mentions = VerbTails.trimming(mentions)
        mentions = ManagementHeads.trimming(mentions)
        mentions = DepartmentNames.removingCommonNouns(from: mentions)
        mentions = DescribedBodies.removing(from: mentions)
        mentions = DescriptorHeads.trimming(mentions)
        mentions = AdjacentPersons.splitting(mentions, scalars: scalars)
        mentions = knownNames.applying(to: mentions, tokens: tokens, facts: allFacts, scalars: scalars)
        mentions = LatinAliases.retyping(mentions, scalars: scalars)
        mentions = LinkFooters.removing(from: mentions, scalars: scalars)
        return URLSpans.removing(from: mentions, scalars: scalars)
            .filter {
                let key = ArabicNormalizer.normalize($0.name)
                return !EntityEvidence.isNeverAnEntity(key) && !EntityEvidence.isUnnamedAlone(key)
                    && !EntityEvidence.isNameLikeIdiom(key)
            }
            .sorted { $0.start < $1.start }
    }
}
