#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed socket system call, with the `errno` captured right at the call.
public struct SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The system call or step that failed, e.g. `bind`.
    public var operation: String
    /// `errno` right after the failure (0 when the failure was not a system call).
    public var code: Int32
    /// Extra context, e.g. the address being bound.
    public var context: String

    /// A failure of `operation` with `code`.
    public init(_ operation: String, code: Int32, context: String = "") {
        self.operation = operation
        self.code = code
        self.context = context
    }

    /// Captures the current `errno` for `operation`; call it first thing after the failing call.
    static func fromErrno(_ operation: String, context: String = "") -> SocketError {
        SocketError(operation, code: errno, context: context)
    }

    /// "bind(127.0.0.1:80) failed: Permission denied (errno 13)".
    public var description: String {
        let what = context.isEmpty ? operation : "\(operation)(\(context))"
        guard code != 0 else { return "\(what) failed" }
        return "\(what) failed: \(String(cString: strerror(code))) (errno \(code))"
    }
}
