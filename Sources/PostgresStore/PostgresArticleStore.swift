import Foundation
import NewsCorpus
import Synchronization

/// The change log in PostgreSQL, shared by every replica: each accepted change is a row of
/// `article_changes` (its `ArticleChange` JSON and a gapless sequence number), committed before
/// the write is acknowledged, and announced with `NOTIFY article_changes, '<seq>'`. The store
/// remembers the last sequence number this process applied to its corpus, so that a replica
/// applies every change once, in order: its own writes through `record(_:)`, the others' through
/// `ChangeFollower`.
public final class PostgresArticleStore: ArticleStore {
    /// The notification channel.
    public static let channel = "article_changes"

    public let url: DatabaseURL
    private let writer: Mutex<WriterConnection>
    /// The last sequence number applied to this process's corpus.
    private let applied = Mutex<Int64>(0)
    /// When a statement last succeeded, on any connection.
    private let contact = Mutex<ContinuousClock.Instant>(.now)

    /// Connects to `url` and brings the schema up to date (`Migration.all`); throws when the
    /// database cannot be reached. `migrated` receives the versions applied now.
    public init(url: DatabaseURL, migrated: (([Int]) -> Void)? = nil) throws {
        self.url = url
        let connection = try Connection(url: url)
        let versions = try Migration.migrate(connection)
        migrated?(versions)
        writer = Mutex(WriterConnection(url: url, connection: connection))
    }

    /// Every change of the log, in order; sets the applied sequence number to the last one.
    public func load() throws -> (changes: [ArticleChange], warnings: [String]) {
        let rows = try writer.withLock { state in
            try Self.using(&state) { try $0.execute("SELECT seq, change FROM article_changes ORDER BY seq") }
        }
        touch()
        let (changes, last, warnings) = Self.decode(rows)
        applied.withLock { $0 = max($0, last) }
        return (changes, warnings)
    }

    public func append(_ change: ArticleChange) throws {
        try append(contentsOf: [change])
    }

    /// Commits `changes`; this process applies them when `ChangeFollower` reads them back.
    public func append(contentsOf changes: [ArticleChange]) throws {
        _ = try write(changes, catchingUp: false)
    }

    /// Commits `changes` and returns the changes other replicas committed since this process
    /// last applied, then `changes`; all of them count as applied.
    public func record(_ changes: [ArticleChange]) throws -> [ArticleChange] {
        try write(changes, catchingUp: true)
    }

    /// The last sequence number applied to this process's corpus.
    public var appliedSequence: Int64 { applied.withLock { $0 } }

    /// How long ago a statement last succeeded.
    public var sinceContact: Duration { contact.withLock { $0.duration(to: .now) } }

    /// Records a successful statement.
    func touch() {
        contact.withLock { $0 = .now }
    }

    /// The rows after the applied sequence number, read on `connection` (the follower's),
    /// outside the snapshot's writer lock so that a slow database never holds it.
    func fetchPending(on connection: Connection) throws -> [[String?]] {
        let after = applied.withLock { $0 }
        let rows = try connection.execute("SELECT seq, change FROM article_changes WHERE seq > $1::bigint ORDER BY seq",
                                          [String(after)])
        touch()
        return rows
    }

    /// The changes of `rows` (from `fetchPending`) not applied yet, counted as applied: call it
    /// under the snapshot's writer lock and apply them there. Rows a write of this replica
    /// applied meanwhile are dropped; the rest follow them without a gap, since `rows` held
    /// every change after the number they were read after.
    func take(_ rows: [[String?]]) -> (changes: [ArticleChange], warnings: [String]) {
        applied.withLock { applied in
            let (changes, last, warnings) = Self.decode(Self.rows(rows, after: applied))
            applied = max(applied, last)
            return (changes, warnings)
        }
    }

    private func write(_ changes: [ArticleChange], catchingUp: Bool) throws -> [ArticleChange] {
        guard !changes.isEmpty else { return catchingUp ? changes : [] }
        let payload = try Self.payload(changes)
        let after = applied.withLock { $0 }
        let (missed, last) = try writer.withLock { state in
            try Self.using(&state) { connection in
                try Self.transaction(on: connection, payload: payload, count: changes.count,
                                     catchingUpAfter: catchingUp ? after : nil)
            }
        }
        touch()
        guard catchingUp else { return [] }
        let (others, _, _) = Self.decode(missed)
        applied.withLock { $0 = max($0, last) }
        return others + changes
    }

    /// Runs `body` on the writers' connection; a broken connection is dropped and, when it broke
    /// before `body` started its work (the first statement), retried once on a new one. Errors
    /// that mean the database is out of reach become `StoreUnavailable`.
    private static func using<R>(_ state: inout WriterConnection, _ body: (Connection) throws -> R) throws -> R {
        for attempt in 0..<2 {
            do {
                let connection = try state.open()
                do {
                    try connection.execute("SELECT 1")
                } catch let error as DatabaseError where error.brokeConnection && attempt == 0 {
                    state.drop()
                    continue
                }
                return try body(connection)
            } catch let error as DatabaseError where error.brokeConnection {
                state.drop()
                throw StoreUnavailable(reason: "the database (PostgreSQL) is unreachable: this replica goes on serving reads and reconnects")
            }
        }
        throw StoreUnavailable(reason: "the database (PostgreSQL) is unreachable: this replica goes on serving reads and reconnects")
    }

    /// Inserts the JSON array `payload` of `count` changes after the log's last sequence number,
    /// under an EXCLUSIVE table lock (writers one at a time, readers unhindered), so that numbers
    /// are gapless and commit in order; returns the rows after `catchingUpAfter` that were there
    /// before, and the last number written.
    private static func transaction(on connection: Connection, payload: String, count: Int,
                                    catchingUpAfter: Int64?) throws -> (missed: [[String?]], last: Int64) {
        try connection.execute("BEGIN")
        do {
            try connection.execute("LOCK TABLE article_changes IN EXCLUSIVE MODE")
            var missed: [[String?]] = []
            if let after = catchingUpAfter {
                missed = try connection.execute("SELECT seq, change FROM article_changes WHERE seq > $1::bigint ORDER BY seq",
                                                [String(after)])
            }
            let top = try connection.execute("SELECT coalesce(max(seq), 0) FROM article_changes")
            let base = top.first?.first.flatMap { $0 }.flatMap { Int64($0) } ?? 0
            try connection.execute("""
                INSERT INTO article_changes (seq, change)
                SELECT $1::bigint + n, e FROM json_array_elements($2::json) WITH ORDINALITY AS t(e, n)
                """, [String(base), payload])
            let last = base + Int64(count)
            try connection.execute("SELECT pg_notify($1, $2)", [channel, String(last)])
            try connection.execute("COMMIT")
            return (missed, last)
        } catch {
            if !connection.isBroken { _ = try? connection.execute("ROLLBACK") }
            throw error
        }
    }

    /// The rows of `rows` whose sequence number is above `after`.
    static func rows(_ rows: [[String?]], after: Int64) -> [[String?]] {
        rows.filter { row in row.first.flatMap { $0 }.flatMap { Int64($0) }.map { $0 > after } ?? false }
    }

    /// `changes` as one JSON array (each element the `ArticleChange` JSON a row keeps), the one
    /// parameter of the batch's INSERT.
    static func payload(_ changes: [ArticleChange]) throws -> String {
        let encoder = JSONEncoder()
        var payload = "["
        for (i, change) in changes.enumerated() {
            if i > 0 { payload += "," }
            payload += String(decoding: try encoder.encode(change), as: UTF8.self)
        }
        return payload + "]"
    }

    /// Decodes `(seq, change)` rows: the changes, the last sequence number, and a warning per
    /// unreadable row (skipped, as the journal skips a damaged record).
    static func decode(_ rows: [[String?]]) -> (changes: [ArticleChange], last: Int64, warnings: [String]) {
        let decoder = JSONDecoder()
        var changes: [ArticleChange] = []
        var warnings: [String] = []
        var last: Int64 = 0
        changes.reserveCapacity(rows.count)
        for row in rows {
            guard row.count == 2, let seq = row[0].flatMap({ Int64($0) }) else { continue }
            last = max(last, seq)
            guard let json = row[1], let change = try? decoder.decode(ArticleChange.self, from: Data(json.utf8)) else {
                warnings.append("article_changes seq \(seq): unreadable change, skipped")
                continue
            }
            changes.append(change)
        }
        return (changes, last, warnings)
    }
}
