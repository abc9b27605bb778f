/// Exponential backoff between connection attempts: `initial`, doubled after each failure up
/// to `maximum`, back to `initial` after a success.
public struct Backoff: Sendable, Equatable {
    public let initial: Duration
    public let maximum: Duration
    /// The wait before the next attempt.
    public private(set) var delay: Duration

    public init(initial: Duration = .milliseconds(250), maximum: Duration = .seconds(5)) {
        self.initial = initial
        self.maximum = maximum
        delay = initial
    }

    /// Records a failure: returns the wait before the next attempt and doubles the one after.
    public mutating func failed() -> Duration {
        let wait = delay
        delay = min(delay * 2, maximum)
        return wait
    }

    /// Records a success: the next failure waits `initial` again.
    public mutating func succeeded() {
        delay = initial
    }
}
