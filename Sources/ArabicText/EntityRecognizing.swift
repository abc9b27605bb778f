/// Anything that finds the entity mentions of a text: the rules (`EntityRecognizer`) or a
/// learned model built on them.
public protocol EntityRecognizing: Sendable {
    /// The entity mentions of `text`, in text order. Offsets count Unicode scalars, end exclusive.
    func recognize(in text: String) -> [EntityMention]
    /// A recogniser for one thread's run of texts, which may remember what it worked out about
    /// words from one text to the next (never shared between threads).
    func worker() -> EntityRecognitionWorker
}

extension EntityRecognizing {
    /// A worker that remembers nothing: `recognize(in:)` text by text.
    public func worker() -> EntityRecognitionWorker {
        EntityRecognitionWorker { self.recognize(in: $0) }
    }
}

/// One thread's entity recogniser over a run of texts (see `EntityRecognizing.worker()`): it may
/// keep state between texts, so it is used by one thread at a time.
public final class EntityRecognitionWorker {
    private let body: (String) -> [EntityMention]

    /// A worker recognising each text with `body`.
    public init(_ body: @escaping (String) -> [EntityMention]) {
        self.body = body
    }

    /// The entity mentions of `text`, as the recogniser's `recognize(in:)` gives them.
    public func recognize(in text: String) -> [EntityMention] {
        body(text)
    }
}

extension EntityRecognizer: EntityRecognizing {}
