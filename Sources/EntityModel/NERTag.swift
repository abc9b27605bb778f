import ArabicText

/// The labels of the sequence model: BIO over persons, organisations and places (ANERcorp's
/// MISC is not a Marsad type and is read as outside).
public enum NERTag: Int, CaseIterable, Sendable {
    case outside, beginPerson, insidePerson, beginOrganization, insideOrganization, beginLocation, insideLocation

    /// The number of tags.
    public static let count = NERTag.allCases.count

    /// The tag of an IOB2 label (`B-PERS`, `I-ORG`, `B-LOC`, `O`; `MISC` → outside).
    public init(label: String) {
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { self = .outside; return }
        let begin = parts[0] == "B"
        switch parts[1] {
        case "PERS", "PER": self = begin ? .beginPerson : .insidePerson
        case "ORG": self = begin ? .beginOrganization : .insideOrganization
        case "LOC": self = begin ? .beginLocation : .insideLocation
        default: self = .outside
        }
    }

    /// The entity type of the tag, nil for outside.
    public var type: EntityType? {
        switch self {
        case .outside: nil
        case .beginPerson, .insidePerson: .person
        case .beginOrganization, .insideOrganization: .organization
        case .beginLocation, .insideLocation: .location
        }
    }

    /// Whether the tag opens a mention.
    public var isBegin: Bool { self == .beginPerson || self == .beginOrganization || self == .beginLocation }

    /// Whether the tag continues a mention.
    public var isInside: Bool { self == .insidePerson || self == .insideOrganization || self == .insideLocation }

    /// Whether the tag may follow `previous` (nil: the sentence's start) under BIO: an inside
    /// tag only continues a mention of its own type.
    public func mayFollow(_ previous: NERTag?) -> Bool {
        guard isInside else { return true }
        guard let previous, previous != .outside else { return false }
        return previous.type == type
    }
}
