@testable import PostgresStore
import Testing

@Suite struct DatabaseURLTests {
    @Test(arguments: ["postgres://db/marsad", "postgresql://u:p@db:5432/marsad?sslmode=require", "POSTGRES://db"])
    func acceptsPostgresSchemes(_ text: String) {
        #expect(DatabaseURL(text) != nil)
    }

    @Test(arguments: ["", "/var/lib/marsad", "mysql://db/marsad", "http://db", "postgres:/db"])
    func rejectsOthers(_ text: String) {
        #expect(DatabaseURL(text) == nil)
    }

    @Test(arguments: [
        ("postgres://marsad:s3cret@db:5432/marsad", "postgres://marsad:***@db:5432/marsad"),
        ("postgres://marsad:s3cret@db", "postgres://marsad:***@db"),
        ("postgres://marsad@db/marsad", "postgres://marsad@db/marsad"),
        ("postgres://db/marsad?sslmode=require", "postgres://db/marsad?sslmode=require"),
        ("postgres://db/marsad?user=m&password=s3cret&sslmode=verify-full", "postgres://db/marsad?user=m&password=***&sslmode=verify-full"),
        ("postgresql://u:p%40ss:w@[::1]:5433/db?PASSWORD=x", "postgresql://u:***@[::1]:5433/db?PASSWORD=***"),
        // An '@' in the password (percent-encoding forgotten): everything up to the last '@' goes.
        ("postgres://u:a@b@db/m", "postgres://u:***@db/m"),
    ])
    func redactsThePassword(_ given: String, _ expected: String) throws {
        let url = try #require(DatabaseURL(given))
        #expect(url.redacted == expected)
        #expect(url.description == expected)
        #expect(!"\(url)".contains("s3cret"))
        #expect(url.connectionString == given)
    }
}
