import Testing
@testable import ArabicText

/// A given name alone (`EntityMention.isLocal`) names a person of its own document only: the
/// resolver keys it per document, so strangers named `محمد` in different articles stay apart, and
/// it never joins a full name or a corpus-wide key of the same words.
@Suite struct LocalNameTests {
    func person(_ name: String, local: Bool = false) -> EntityMention {
        EntityMention(type: .person, name: name, start: 0, end: name.unicodeScalars.count, isLocal: local)
    }

    @Test func aLocalNameIsOnePersonPerDocument() {
        let docs = [[person("محمد", local: true), person("محمد", local: true)], [person("محمد", local: true)]]
        let entities = EntityResolver.resolve(docs)
        #expect(entities.count == 2, "\(entities.map(\.name))")
        #expect(entities.map(\.mentions.count).sorted() == [1, 2])
    }

    @Test func aLocalNameJoinsNoCorpusKeyAndNoFullName() {
        // `سلمان` after a title is corpus-wide (not local); the local one stays its document's own.
        let docs = Array(repeating: [person("سلمان")], count: 3) + Array(repeating: [person("سلمان العودة")], count: 9)
            + [[person("سلمان", local: true)]]
        let entities = EntityResolver.resolve(docs)
        #expect(entities.count == 3, "\(entities.map(\.name))")
        #expect(entities.contains { $0.name == "سلمان" && $0.mentions.count == 1 && $0.mentions[0].document == 12 })
    }

    @Test func theScopeNamesTheKeyOfALocalNameOnly() {
        let keys = EntityResolver.keys(of: [person("محمد", local: true), person("محمد")], scope: "a1")
        #expect(keys[1] == "per:محمد")
        #expect(keys[0] != keys[1] && keys[0] == EntityResolver.keys(of: [person("محمد", local: true)], scope: "a1")[0])
        #expect(keys[0] != EntityResolver.keys(of: [person("محمد", local: true)], scope: "a2")[0])
    }

    /// The mark costs no memory: it shares the type's word (a corpus holds millions of mentions).
    @Test func theMarkAddsNoBytesToAMention() {
        #expect(MemoryLayout<EntityMention>.stride == 56)
    }
}
