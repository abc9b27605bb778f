/// The kinds of named entity Marsad recognises.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case person
    case organization
    case location
}
