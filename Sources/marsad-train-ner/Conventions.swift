import ArabicText
import EntityModel

/// Brings ANERcorp's labels to Marsad's conventions where they differ on purpose: government
/// bodies (`وزارة الداخلية`, `مجلس الوزراء`) are organisations in Marsad, untagged in ANERcorp.
enum Conventions {
    static func governmentBodiesAsOrganizations(_ sentence: LabelledSentence) -> LabelledSentence {
        let (text, ranges) = SentenceEvidence.text(of: sentence.tokens)
        var out = sentence
        for (mention, _) in EntityEvidence.ruleMentions(in: text) where LearnedEntityRecognizer.isGovernmentBody(mention, stateHeads: false) {
            let covered = ranges.indices.filter { ranges[$0].start < mention.end && mention.start < ranges[$0].end }
            guard let first = covered.first, covered.allSatisfy({ sentence.tags[$0] == .outside }) else { continue }
            for k in covered { out.tags[k] = k == first ? .beginOrganization : .insideOrganization }
        }
        return out
    }
}
