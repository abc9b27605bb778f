import Testing
@testable import ArabicText

/// The string table against the `[String: UInt32]` it replaces: the same ids for the same
/// insertions, the same lookups (canonically equivalent spellings included), the strings back
/// as inserted, before and after growing, reserving and compacting.
struct StringTableTests {
    /// Made-up words: Arabic letters, hamza forms, Latin, digits, and spellings that are
    /// canonically equivalent without being the same bytes.
    static let samples = [
        "وزير", "الوزير", "وزارة", "أحمد", "احمد", "إمام", "آل", "مؤتمر", "سئل", "2016", "riyadh",
        "café", "cafe\u{301}", "é", "e\u{301}", "ا\u{654}", "\u{623}", "عبد", "ابو", "ابوبكر",
        "ن\u{651}\u{64E}", "ن\u{64E}\u{651}", "ﻟﻴﺒﻴﺎ", "中文", "x",
    ]

    /// Every sample inserted, then many generated words (several growths of the table).
    static var words: [String] {
        samples + (0..<5_000).map { i in "كلمة\(i)" + String(repeating: "ب", count: i % 7) }
    }

    @Test func sameIDsAndLookupsAsADictionary() {
        var table = StringTable()
        var dictionary: [String: UInt32] = [:]
        var spelled: [String] = []
        for word in Self.words + Self.words.reversed() {
            let (id, inserted) = table.insert(word)
            if let known = dictionary[word] {
                #expect(!inserted && id == known, "\(word)")
            } else {
                #expect(inserted && id == UInt32(dictionary.count), "\(word)")
                dictionary[word] = id
                spelled.append(word)
            }
        }
        #expect(table.count == dictionary.count)
        // The canonically equivalent samples are one word each, as in a dictionary.
        #expect(table.id(of: "café") == table.id(of: "cafe\u{301}"))
        #expect(table.id(of: "ا\u{654}") == table.id(of: "\u{623}"))
        #expect(table.id(of: "ن\u{651}\u{64E}") == table.id(of: "ن\u{64E}\u{651}"))
        for probe in Self.words + ["غائب", "cafe", "e", "كلمة5000", ""] {
            #expect(table.id(of: probe) == dictionary[probe], "\(probe)")
        }
        let compacted = table.compacted()
        for (id, word) in spelled.enumerated() {
            #expect(table.string(UInt32(id)) == word && table.string(UInt32(id)).utf8.elementsEqual(word.utf8))
            #expect(compacted.string(UInt32(id)).utf8.elementsEqual(word.utf8))
            #expect(compacted.id(of: word) == UInt32(id))
        }
    }

    @Test func reservingKeepsTheIDsAndLeavesTheSharedCopyAsItWas() {
        var table = StringTable()
        for word in Self.samples { _ = table.insert(word) }
        let shared = table.compacted()
        let n = shared.count
        var copy = shared
        let added = ["per:باراك اوباما", "org:الامم المتحدة", "loc:رياض"]
        copy.reserveCapacity(adding: added.count, bytes: added.reduce(0) { $0 + $1.utf8.count })
        for (k, key) in added.enumerated() {
            let (id, inserted) = copy.insert(key)
            #expect(inserted && id == UInt32(n + k))
        }
        #expect(copy.all == shared.all + added)
        #expect(shared.id(of: added[0]) == nil && shared.count == n)
        #expect(copy.id(of: "per:باراك اوباما") == UInt32(n) && copy.count == n + added.count)
    }

    @Test func plainWordsAreTheirOwnNFC() {
        func plain(_ s: String) -> Bool {
            var s = s
            return s.withUTF8 { StringTable.isPlain($0) }
        }
        #expect(plain("الوزير أحمد riyadh 2016 é"))
        #expect(!plain("cafe\u{301}"))
        #expect(!plain("ا\u{654}"))
        #expect(!plain("ن\u{64E}"))
        #expect(!plain("ﻟﻴﺒﻴﺎ"))
        #expect(!plain("中文"))
    }
}
