/// Lists of ids filed under ids, as one pool of links: what a `[UInt32: [UInt32]]` did without an
/// array object per list (most lists hold one or two ids). A list's order is not kept.
struct IDLists: Sendable {
    /// One id of a list and the index of the next link (`end` after the last).
    private struct Link: Sendable {
        var value: UInt32
        var next: UInt32
    }

    private static let end = UInt32.max

    /// The first link of each non-empty list.
    private var heads: [UInt32: UInt32] = [:]
    private var links: [Link] = []
    /// The first link removed and free for reuse, chained by `next`.
    private var free = end

    /// How many non-empty lists.
    var count: Int { heads.count }

    /// Files `value` under `key`.
    mutating func add(_ value: UInt32, to key: UInt32) {
        let next = heads[key] ?? Self.end
        let link = Link(value: value, next: next)
        if free != Self.end {
            let i = free
            free = links[Int(i)].next
            links[Int(i)] = link
            heads[key] = i
        } else {
            precondition(links.count < Int(Self.end), "more than 2^32 links")
            heads[key] = UInt32(links.count)
            links.append(link)
        }
    }

    /// Takes every `value` out of the list of `key` (the list goes when empty).
    mutating func remove(_ value: UInt32, from key: UInt32) {
        guard var i = heads[key] else { return }
        var previous = Self.end
        while i != Self.end {
            let next = links[Int(i)].next
            if links[Int(i)].value == value {
                if previous == Self.end { heads[key] = next } else { links[Int(previous)].next = next }
                links[Int(i)].next = free
                free = i
            } else {
                previous = i
            }
            i = next
        }
        if heads[key] == Self.end { heads[key] = nil }
    }

    /// The ids filed under `key`, nil when none.
    func values(of key: UInt32) -> [UInt32]? {
        guard var i = heads[key] else { return nil }
        var values: [UInt32] = []
        while i != Self.end {
            values.append(links[Int(i)].value)
            i = links[Int(i)].next
        }
        return values
    }

    /// Room for `count` more links, so that adding them does not double the pool.
    mutating func reserveCapacity(adding count: Int) {
        links.reserveCapacity(links.count + count)
    }

    /// The same lists with the pool at its exact size.
    func compacted() -> IDLists {
        var lists = self
        lists.links = links.withUnsafeBufferPointer { Array($0) }
        return lists
    }

    /// Bytes the lists hold: the pool's capacity and the heads' buckets.
    var byteCount: Int { links.capacity * 8 + heads.capacity * 8 * 4 / 3 }
}
