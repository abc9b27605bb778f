/// One step of the database schema. Steps are applied in `version` order, each once, and
/// recorded in `schema_migrations`; a released step is never edited, only followed by another.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let statements: [String]

    /// Every step of the schema, oldest first.
    public static let all: [Migration] = [
        Migration(version: 1, name: "change log", statements: [
            // Every accepted change as the JSON of `ArticleChange`, numbered without gaps
            // (writers hold an EXCLUSIVE lock and take max(seq) + 1): a follower that has seen
            // seq n has seen every change before it.
            """
            CREATE TABLE article_changes (
                seq bigint PRIMARY KEY CHECK (seq > 0),
                change json NOT NULL,
                recorded_at timestamptz NOT NULL DEFAULT now()
            )
            """,
        ]),
        Migration(version: 2, name: "current articles view", statements: [
            // For operators' queries only (Marsad replays the log): each added article's latest
            // submission, unless deleted since.
            """
            CREATE VIEW current_articles AS
            SELECT id, seq, change -> 'upsert' -> '_0' AS article, recorded_at FROM (
                SELECT DISTINCT ON (id) id, seq, change, recorded_at FROM (
                    SELECT seq, change, recorded_at,
                           coalesce(change -> 'upsert' -> '_0' ->> 'id', change -> 'delete' ->> 'id') AS id
                    FROM article_changes
                ) AS touching WHERE id IS NOT NULL ORDER BY id, seq DESC
            ) AS latest WHERE change -> 'upsert' IS NOT NULL
            """,
        ]),
    ]

    /// The advisory lock key that serialises migrations of replicas starting together.
    static let lockKey = "7161410327528046" // arbitrary, fixed

    /// Applies the steps of `steps` not yet recorded, in one transaction under the advisory lock;
    /// returns the versions it applied.
    static func migrate(_ connection: Connection, steps: [Migration] = all) throws -> [Int] {
        try connection.execute("BEGIN")
        do {
            try connection.execute("SELECT pg_advisory_xact_lock($1::bigint)", [lockKey])
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """)
            let done = Set(try connection.execute("SELECT version FROM schema_migrations").compactMap { $0[0].flatMap { Int($0) } })
            var applied: [Int] = []
            for step in pending(steps, done: done) {
                for statement in step.statements { try connection.execute(statement) }
                try connection.execute("INSERT INTO schema_migrations (version, name) VALUES ($1::integer, $2)",
                                       [String(step.version), step.name])
                applied.append(step.version)
            }
            try connection.execute("COMMIT")
            return applied
        } catch {
            if !connection.isBroken { _ = try? connection.execute("ROLLBACK") }
            throw error
        }
    }

    /// The steps of `steps` whose versions are not in `done`, in version order.
    static func pending(_ steps: [Migration], done: Set<Int>) -> [Migration] {
        steps.filter { !done.contains($0.version) }.sorted { $0.version < $1.version }
    }
}
