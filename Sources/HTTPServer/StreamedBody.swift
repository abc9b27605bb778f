import HTTPCore

/// A streamed response body a connection is sending: where its pieces come from, how they are
/// framed, and what is recorded (metrics, the request log) when it ends.
struct StreamedBody {
    /// The producer is asked for more only while the connection's output queue holds less than
    /// this: one client's download never holds more than about this much (plus one piece).
    static let queueBound = 64 * 1024

    let next: BodyStream.Chunks
    /// Chunked transfer coding (HTTP/1.1), or ended by closing the connection (HTTP/1.0).
    let chunked: Bool
    let request: Request
    let response: Response
    let started: ContinuousClock.Instant
    /// Body bytes produced so far (without the chunk framing).
    var bytes = 0
}
