import ArabicText
@testable import EntityModel

/// The shipped recognizer's names of a text as (type, name) pairs: what the real-news junk tests
/// read, in one place.
enum ShippedNames {
    static let recognizer = LearnedEntityRecognizer.shipped!

    static func of(_ text: String) -> [(EntityType, String)] {
        recognizer.recognize(in: text).map { ($0.type, $0.name) }
    }
}
