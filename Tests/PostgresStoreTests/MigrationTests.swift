@testable import PostgresStore
import Testing

@Suite struct MigrationTests {
    @Test func versionsStartAtOneAndIncreaseWithoutGaps() {
        #expect(Migration.all.map(\.version) == Array(1...Migration.all.count))
        #expect(Migration.all.allSatisfy { !$0.name.isEmpty && !$0.statements.isEmpty })
    }

    @Test func pendingStepsComeInVersionOrderWithoutTheDoneOnes() {
        let steps = [3, 1, 4, 2].map { Migration(version: $0, name: "v\($0)", statements: ["SELECT \($0)"]) }
        #expect(Migration.pending(steps, done: []).map(\.version) == [1, 2, 3, 4])
        #expect(Migration.pending(steps, done: [1, 3]).map(\.version) == [2, 4])
        #expect(Migration.pending(steps, done: [1, 2, 3, 4, 5]).isEmpty)
    }

    @Test func theLogIsCreatedBeforeTheViewOverIt() throws {
        let log = try #require(Migration.all.firstIndex { $0.statements.contains { $0.contains("CREATE TABLE article_changes") } })
        let view = try #require(Migration.all.firstIndex { $0.statements.contains { $0.contains("CREATE VIEW current_articles") } })
        #expect(log < view)
    }
}

@Suite struct BackoffTests {
    @Test func doublesUpToTheMaximumAndResetsOnSuccess() {
        var backoff = Backoff(initial: .milliseconds(250), maximum: .seconds(1))
        #expect([backoff.failed(), backoff.failed(), backoff.failed(), backoff.failed()]
                == [.milliseconds(250), .milliseconds(500), .seconds(1), .seconds(1)])
        backoff.succeeded()
        #expect(backoff.failed() == .milliseconds(250))
    }
}
