import ArabicText
import EntityModel

/// What besides an article's own words its analysis depends on: the analysis code (a version
/// number, bumped whenever a change to the recognisers, the date tagger or their rules changes
/// what they find) and the entity model's weights and settings. A cache file made under another
/// fingerprint is not used.
public struct AnalysisFingerprint: Sendable, Equatable {
    /// Bump when the analysis code changes its output (`AnalysisCacheTests` pins the seeds'
    /// analyses to this number, so a change that moves them fails until it is bumped).
    public static let analysisVersion: UInt32 = 68

    public let version: UInt32
    public let model: UInt64

    public init(version: UInt32, model: UInt64) {
        self.version = version
        self.model = model
    }

    /// The fingerprint of this build's analysis with the shipped model (or the rules alone).
    public static let current = AnalysisFingerprint(version: analysisVersion, model: modelFingerprint(LearnedEntityRecognizer.shipped))

    /// A digest of the model's weights, its list of well-known names and the word lists its
    /// features read (`WordList`, `WikiNameWords`); a constant for the rules alone. (The model's decoding settings are code: `analysisVersion` covers them.)
    public static func modelFingerprint(_ recognizer: LearnedEntityRecognizer?) -> UInt64 {
        guard let recognizer else { return 0x5255_4C45_5300_0001 }  // "RULES", no model
        var digest = Digest128()
        recognizer.weights.serialized().withUnsafeBytes { digest.add($0) }
        digest.add(recognizer.knownNames.fingerprint)
        digest.add(WordList.personNameWords.fingerprint)
        digest.add(WordList.commonWords.fingerprint)
        digest.add(WikiNameWords.shipped.fingerprint)
        digest.add(WordList.everydayGivenNames.fingerprint)
        return digest.key.high
    }
}
