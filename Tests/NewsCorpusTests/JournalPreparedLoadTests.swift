import Foundation
import Testing
@testable import NewsCorpus

/// `JournalStore.loadPreparing()` (the server's replay): the changes of `load()` with the
/// upserts' texts dropped, each id's last upserted article built, and the corpus applied from
/// them equal to the one applied from the texts.
@Suite struct JournalPreparedLoadTests {
    @Test func aPreparedReplayBuildsTheCorpusTheTextsBuild() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-journal-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try JournalStore(folder: dir)
        let submissions = AnalysisCacheTests.submissions
        try store.append(contentsOf: submissions)
        // A later version of one article, one deleted, and one deleted then added again.
        guard case .upsert(var changed) = submissions[1], case .upsert(let gone) = submissions[2],
              case .upsert(let back) = submissions[3] else { Issue.record("not upserts"); return }
        changed.text += "\n\nوأضاف المتحدث في 4 مارس 2021 أن الزيارة ناجحة."
        try store.append(contentsOf: [.upsert(changed), .delete(id: gone.id), .delete(id: back.id), .upsert(back)])

        let (changes, warnings) = try store.load()
        let (stripped, prepared, preparedWarnings) = try store.loadPreparing()
        #expect(warnings.isEmpty && preparedWarnings.isEmpty)
        #expect(stripped.count == changes.count)
        for (a, b) in zip(changes, stripped) {
            switch (a, b) {
            case (.upsert(let full), .upsert(let empty)):
                #expect(empty.text.isEmpty)
                var same = full
                same.text = ""
                #expect(empty == same)
            default:
                #expect(a == b)
            }
        }
        #expect(prepared.count == Set(submissions.compactMap { if case .upsert(let s) = $0 { s.id } else { nil } }).count)
        #expect(prepared[changed.id]?.text == changed.article().text)

        let fromTexts = Corpus(articles: []).applying(changes)
        let fromPrepared = Corpus(articles: []).applying(stripped, prepared: prepared)
        #expect(fromPrepared.articles.map(\.id) == fromTexts.articles.map(\.id))
        #expect(fromPrepared.articles.map(\.text) == fromTexts.articles.map(\.text))
        #expect(fromPrepared.articles.map(\.title) == fromTexts.articles.map(\.title))
        #expect(fromPrepared.articles.map(\.published) == fromTexts.articles.map(\.published))
        #expect(fromPrepared.articles.map(\.sentences) == fromTexts.articles.map(\.sentences))
        #expect(fromPrepared.entities.map(\.name) == fromTexts.entities.map(\.name))
        #expect(fromPrepared.events.map(\.start) == fromTexts.events.map(\.start))
        #expect(fromTexts.articles.contains { $0.id == back.id } && !fromTexts.articles.contains { $0.id == gone.id })
    }
}
