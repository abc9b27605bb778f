import CLibPQ
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection, with parameterised statements only (`PQexecParams`: values travel
/// apart from the SQL text, never spliced into it). Not thread-safe: each instance is confined
/// to one thread (the follower's) or used only under one lock (the writer's).
final class Connection {
    private let handle: OpaquePointer

    /// Connects to `url`. Defaults that the URL may override: a connect timeout, TCP keepalives
    /// and a user timeout so that a dead peer is noticed in seconds, and the application name.
    init(url: DatabaseURL, connectTimeoutSeconds: Int = 3) throws {
        // With expand_dbname, the URL in "dbname" overrides the keywords before it.
        // Both arrays end with NULL, as PQconnectdbParams requires.
        let keys: [String?] = ["connect_timeout", "application_name", "keepalives_idle", "keepalives_interval",
                    "keepalives_count", "tcp_user_timeout", "dbname", nil]
        let values: [String?] = ["\(connectTimeoutSeconds)", "marsad", "5", "2", "3", "10000", url.connectionString, nil]
        guard let handle = Self.withCStrings(keys, { k in Self.withCStrings(values) { v in PQconnectdbParams(k, v, 1) } }) else {
            throw DatabaseError.connect("out of memory")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = Self.message(PQerrorMessage(handle))
            PQfinish(handle)  // before self.handle is set: deinit, which finishes it too, won't run
            throw DatabaseError.connect(message)
        }
        self.handle = handle
        _ = try execute("SET client_min_messages TO warning")
    }

    deinit {
        PQfinish(handle)
    }

    /// Whether libpq has seen the connection break.
    var isBroken: Bool { PQstatus(handle) != CONNECTION_OK }

    /// Runs one statement with `parameters` as `$1`, `$2`, … (text format, nil for NULL) and
    /// returns its rows as text.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        let result = Self.withCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let message = result.map { Self.message(PQresultErrorMessage($0)) } ?? Self.message(PQerrorMessage(handle))
            throw isBroken ? DatabaseError.connectionLost(message) : DatabaseError.statement(message)
        }
        var rows: [[String?]] = []
        let count = PQntuples(result), fields = PQnfields(result)
        rows.reserveCapacity(Int(count))
        for row in 0..<count {
            rows.append((0..<fields).map { field in
                PQgetisnull(result, row, field) == 1 ? nil : String(cString: PQgetvalue(result, row, field))
            })
        }
        return rows
    }

    /// Waits up to `milliseconds` for the server to send something (a notification).
    func waitForInput(milliseconds: Int32) {
        var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, milliseconds)
    }

    /// Reads what arrived and returns the payloads of the notifications received; throws when
    /// the connection broke.
    func notifications() throws -> [String] {
        guard PQconsumeInput(handle) == 1 else {
            throw DatabaseError.connectionLost(Self.message(PQerrorMessage(handle)))
        }
        var payloads: [String] = []
        while let notice = PQnotifies(handle) {
            payloads.append(String(cString: notice.pointee.extra))
            PQfreemem(notice)
        }
        return payloads
    }

    private static func message(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Calls `body` with a C array of the strings (NULL for nil), valid during the call.
    private static func withCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = strings.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}
