/// The writers' connection and when it may next be opened: a connection that broke is dropped,
/// and a new one is tried at once, then no sooner than the backoff allows, so that writes
/// during an outage fail fast instead of each waiting for a connect timeout. Used only under
/// the store's writer mutex.
struct WriterConnection {
    let url: DatabaseURL
    private var connection: Connection?
    private var backoff = Backoff()
    private var notBefore = ContinuousClock.now

    init(url: DatabaseURL, connection: Connection?) {
        self.url = url
        self.connection = connection
    }

    /// The open connection, connecting when there is none and the backoff allows.
    mutating func open() throws -> Connection {
        if let connection, !connection.isBroken { return connection }
        connection = nil
        guard ContinuousClock.now >= notBefore else {
            throw DatabaseError.unavailable("reconnecting")
        }
        do {
            let fresh = try Connection(url: url)
            backoff.succeeded()
            connection = fresh
            return fresh
        } catch {
            notBefore = .now + backoff.failed()
            throw error
        }
    }

    /// Forgets a connection that broke.
    mutating func drop() {
        connection = nil
    }
}
