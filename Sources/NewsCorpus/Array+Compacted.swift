extension Array {
    /// The same elements in storage of exactly their count: an array grown by appending keeps up
    /// to twice the capacity it needs, which a long-lived snapshot should not pay for.
    func compacted() -> [Element] {
        guard capacity > count else { return self }
        return withUnsafeBufferPointer { [Element]($0) }
    }
}
