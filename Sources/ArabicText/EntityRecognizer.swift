/// Finds people, organisations and places in Arabic text. (First stub; the real recogniser
/// replaces this file.)
public struct EntityRecognizer: Sendable {
    public init() {}

    /// The entity mentions of `text`, in text order.
    public func recognize(in text: String) -> [EntityMention] {
        []
    }
}
