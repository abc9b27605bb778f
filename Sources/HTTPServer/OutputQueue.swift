#if canImport(Glibc)
import Glibc
#endif

/// The bytes a connection still has to send. Response heads and small bodies are copied into
/// one buffer; a large body (a pre-encoded article, say) is queued as the array it already is,
/// without a copy, and `send(to:)` hands all of it to the kernel in one gathering `sendmsg`.
struct OutputQueue {
    /// A body at least this long is queued by reference instead of copied.
    static let copyLimit = 4096
    /// At most this many pieces per `sendmsg` (far below `IOV_MAX`).
    private static let maxPieces = 64

    /// Sent in order: every piece but the last is complete; the last is still appended to.
    private var pieces: [[UInt8]] = []
    /// Bytes of `pieces[0]` already sent.
    private var sentOfFirst = 0
    private(set) var byteCount = 0

    var isEmpty: Bool { byteCount == 0 }

    /// Appends a response head (or any short run of bytes) through `write`, which appends to
    /// the buffer it is given.
    mutating func appendHead(_ write: (inout [UInt8]) -> Void) {
        if pieces.isEmpty {
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1024)
            pieces.append(buffer)
        }
        let before = pieces[pieces.count - 1].count
        write(&pieces[pieces.count - 1])
        byteCount += pieces[pieces.count - 1].count - before
    }

    /// Appends a body: copied when short, queued as is when long.
    mutating func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if bytes.count < Self.copyLimit && !pieces.isEmpty {
            pieces[pieces.count - 1].append(contentsOf: bytes)
        } else {
            pieces.append(bytes)
            // Later heads go into a buffer of their own, after this body.
            var next: [UInt8] = []
            next.reserveCapacity(1024)
            pieces.append(next)
        }
        byteCount += bytes.count
    }

    /// What one `send(to:)` achieved.
    enum SendResult {
        /// Everything queued went out; the queue is empty.
        case drained
        /// The socket's buffer is full; some bytes remain.
        case wouldBlock
        /// The connection is broken (errno as reported).
        case failed(Int32)
    }

    /// Writes as much as the socket takes, retrying on EINTR.
    mutating func send(to fd: Int32) -> SendResult {
        while byteCount > 0 {
            // sendmsg, not writev: MSG_NOSIGNAL turns a peer's reset into EPIPE instead of SIGPIPE.
            let sent = withIOVectors { vectors, count in
                var message = msghdr()
                message.msg_iov = UnsafeMutablePointer(mutating: vectors)
                message.msg_iovlen = count
                return sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
            }
            if sent >= 0 {
                consume(sent)
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                return .wouldBlock
            } else if errno != EINTR {
                return .failed(errno)
            }
        }
        clear()
        return .drained
    }

    /// Drops everything queued, keeping the first buffer (a response head) for the next
    /// response unless it grew unusually large.
    mutating func clear() {
        var first: [UInt8] = []
        if !pieces.isEmpty { swap(&first, &pieces[0]) }
        pieces.removeAll(keepingCapacity: true)
        if first.capacity > 0 && first.capacity <= 64 * 1024 {
            first.removeAll(keepingCapacity: true)
            pieces.append(first)
        }
        sentOfFirst = 0
        byteCount = 0
    }

    private func withIOVectors(_ body: (UnsafePointer<iovec>, Int) -> Int) -> Int {
        let count = min(pieces.count, Self.maxPieces)
        return withUnsafeTemporaryAllocation(of: iovec.self, capacity: count) { vectors in
            var used = 0
            // The arrays' storage is pinned by `pieces` for the duration of the call.
            for index in 0..<count where !pieces[index].isEmpty {
                let skip = index == 0 ? sentOfFirst : 0
                pieces[index].withUnsafeBytes { bytes in
                    vectors[used] = iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress! + skip),
                                          iov_len: bytes.count - skip)
                }
                used += 1
            }
            return body(UnsafePointer(vectors.baseAddress!), used)
        }
    }

    private mutating func consume(_ sent: Int) {
        byteCount -= sent
        var remaining = sent
        while remaining > 0 || (pieces.count > 1 && pieces[0].count == sentOfFirst) {
            let left = pieces[0].count - sentOfFirst
            if remaining < left {
                sentOfFirst += remaining
                return
            }
            remaining -= left
            if pieces.count == 1 {
                pieces[0].removeAll(keepingCapacity: true)
                sentOfFirst = 0
                return
            }
            pieces.removeFirst()
            sentOfFirst = 0
        }
    }
}
