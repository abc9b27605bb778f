/// The decoded `name=value` pairs of a request target's query, in order.
public struct QueryParameters: Sendable, Hashable {
    /// One decoded pair; a name without `=` has an empty value.
    public struct Item: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var items: [Item]

    public init(_ items: [Item] = []) {
        self.items = items
    }

    /// The first value given for `name`, if any.
    public subscript(name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// Every value given for `name`, in order.
    public func values(_ name: String) -> [String] {
        items.filter { $0.name == name }.map(\.value)
    }

    /// Whether `name` appears at all.
    public func contains(_ name: String) -> Bool {
        items.contains { $0.name == name }
    }
}
