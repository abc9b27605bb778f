/// Anything that finds the entity mentions of a text: the rules (`EntityRecognizer`) or a
/// learned model built on them.
public protocol EntityRecognizing: Sendable {
    /// The entity mentions of `text`, in text order. Offsets count Unicode scalars, end exclusive.
    func recognize(in text: String) -> [EntityMention]
}

extension EntityRecognizer: EntityRecognizing {}
