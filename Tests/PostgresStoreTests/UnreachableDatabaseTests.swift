@testable import PostgresStore
import Testing

/// Failing to connect, with no server at all (port 1 on the loopback refuses at once).
@Suite struct UnreachableDatabaseTests {
    static let nowhere = DatabaseURL("postgres://marsad:s3cret@127.0.0.1:1/marsad")!

    /// A failed connect frees libpq's handle once (it was freed twice: a crash, not an error).
    @Test func startingWithoutTheDatabaseThrowsAConnectError() {
        #expect {
            _ = try PostgresArticleStore(url: Self.nowhere)
        } throws: { error in
            guard case DatabaseError.connect(let message) = error else { return false }
            return !message.contains("s3cret")
        }
    }

    @Test func writersDoNotRetryBeforeTheBackoffAllows() throws {
        var writer = WriterConnection(url: Self.nowhere, connection: nil)
        #expect(throws: DatabaseError.self) { _ = try writer.open() }
        // The next attempt is scheduled 250 ms later: until then, fail without connecting.
        #expect(throws: DatabaseError.unavailable("reconnecting")) { _ = try writer.open() }
    }
}
