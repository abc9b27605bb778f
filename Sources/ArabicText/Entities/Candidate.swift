/// A possible mention found by one rule, before overlaps between rules are settled.
struct Candidate {
    var type: EntityType
    /// Scalar offsets of the name, end exclusive.
    var start: Int
    var end: Int
    /// Higher wins an overlap; ties go to the longer span.
    var priority: Int
    var role: String?
    /// The name when it differs from the covered text (`#حسن_الإمام` → words joined by spaces).
    var name: String?
    /// A quoted name with no cue of its own: it takes the type of a mention right before it
    /// (`القيادة العسكرية الأمريكية في إفريقيا “الأفريكوم”`), else it is dropped.
    var appositive = false

    /// Whether the two spans share a scalar.
    func overlaps(_ other: Candidate) -> Bool {
        start < other.end && other.start < end
    }

    /// Rule strengths, strongest first.
    enum Strength {
        static let quoted = 90
        static let organization = 80
        static let facility = 78
        static let wellKnown = 75
        static let titledPerson = 72
        static let placeHead = 66
        static let placePhrase = 64
        static let person = 62
        static let place = 50
        static let propagated = 40
    }
}

extension Candidate {
    /// Walks the tokens of `view` left to right: where `match` finds a candidate at a token, keeps
    /// it and continues after it; elsewhere moves one token on.
    static func scan(_ view: TextView, _ match: (TextView, Int) -> (candidate: Candidate, next: Int)?) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        while i < view.tokens.count {
            if let found = match(view, i) {
                result.append(found.candidate)
                i = max(found.next, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }
}
