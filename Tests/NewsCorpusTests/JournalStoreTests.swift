import Foundation
import Testing
@testable import NewsCorpus

@Suite struct JournalStoreTests {
    func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("marsad-journal-\(UUID().uuidString)").path
    }

    let sample = SubmittedArticle(id: "a-1", title: "عنوان", text: "نص المقال الأول.\nسطر \"ثان\".", published: "2020-11-13")

    @Test func appendedChangesComeBackInOrder() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try JournalStore(folder: dir)
        try store.append(.upsert(sample))
        try store.append(.delete(id: "seed-1"))
        let (changes, warnings) = try JournalStore(folder: dir).load()
        #expect(warnings.isEmpty)
        #expect(changes == [.upsert(sample), .delete(id: "seed-1")])
    }

    @Test func tornLastRecordIsSkippedAndTheRestKept() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try JournalStore(folder: dir)
        try store.append(.upsert(sample))
        let handle = try #require(FileHandle(forWritingAtPath: store.path))
        handle.seekToEndOfFile()
        handle.write(Data("0badc0de {\"upsert\":{\"_0\":{\"id\":\"a-2\"".utf8))
        try handle.close()
        let (changes, warnings) = try store.load()
        #expect(changes == [.upsert(sample)])
        #expect(warnings.count == 1)
        #expect(warnings[0].contains("torn"))
    }

    @Test func corruptRecordInTheMiddleSpoilsNothingElse() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try JournalStore(folder: dir)
        try store.append(.delete(id: "first"))
        try store.append(.delete(id: "second"))
        try store.append(.delete(id: "third"))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        // Flip a byte inside the second record's payload.
        let secondLine = try #require(bytes.firstIndex(of: 0x0A)) + 1
        bytes[secondLine + 20] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: store.path))
        let (changes, warnings) = try store.load()
        #expect(changes == [.delete(id: "first"), .delete(id: "third")])
        #expect(warnings.count == 1)
        #expect(warnings[0].contains("checksum"))
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func applyingChangesAddsReplacesAndHides() {
        let base = Corpus(articles: [Article(id: "seed", cleaned: ArticleCleaner.clean("عنوان\n\nنص."))])
        let changed = base.applying([
            .upsert(sample),
            .upsert(SubmittedArticle(id: "a-1", title: "عنوان جديد", text: "نص جديد.")),
            .delete(id: "seed"),
        ])
        #expect(changed.articles.map(\.id) == ["a-1"])
        #expect(changed.article(id: "a-1")?.title == "عنوان جديد")
        #expect(changed.article(id: "a-1")?.origin == .added)
    }
}
