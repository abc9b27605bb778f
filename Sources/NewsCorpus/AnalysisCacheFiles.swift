/// What the analysis cache's files (the cache file and its append log) hold, and what brings
/// them in step with a corpus's dated articles (`plan(for:)`): nothing when they hold every
/// analysis, an appended block with the missing ones, or a rewrite of the file (the log
/// folded in) when a log is left over from an earlier run, a write failed, or the log or the
/// entries of articles no longer served outgrew a quarter of the file.
public struct AnalysisCacheFiles: Sendable, Equatable {
    /// The keys of the entries the files hold (the file's and the log's).
    public private(set) var keys: Set<AnalysisKey>
    /// How many of them the log holds.
    public private(set) var logEntries: Int
    /// Whether the files must be rewritten before anything is appended: a log left over from
    /// an earlier run (its tail may be torn), or a failed write.
    public private(set) var needsRewrite: Bool

    /// The least number of log entries or stale entries that a rewrite waits for.
    public static let rewriteFloor = 1_000

    public init(keys: Set<AnalysisKey>, logEntries: Int, hasLog: Bool) {
        self.keys = keys
        self.logEntries = logEntries
        needsRewrite = hasLog
    }

    /// What `cache` was read from.
    public init(_ cache: AnalysisCache) {
        self.init(keys: cache.keys, logEntries: cache.logEntryCount, hasLog: cache.hasLog)
    }

    /// What to do.
    public enum Plan: Sendable, Equatable {
        case nothing
        /// Append a block with the analyses of these keys.
        case append(Set<AnalysisKey>)
        /// Rewrite the file with every analysis and remove the log.
        case rewrite
    }

    /// What brings the files in step with a corpus whose dated articles have `current` keys.
    public func plan(for current: Set<AnalysisKey>) -> Plan {
        if needsRewrite { return .rewrite }
        let missing = current.subtracting(keys)
        let limit = max(Self.rewriteFloor, (keys.count - logEntries) / 4)
        if logEntries + missing.count > limit || keys.count - (current.count - missing.count) > limit { return .rewrite }
        return missing.isEmpty ? .nothing : .append(missing)
    }

    /// The files once `added` were appended.
    public func appended(_ added: Set<AnalysisKey>) -> AnalysisCacheFiles {
        var next = self
        next.keys.formUnion(added)
        next.logEntries += added.count
        return next
    }

    /// The files after a failed write: rewritten at the next change.
    public func damaged() -> AnalysisCacheFiles {
        var next = self
        next.needsRewrite = true
        return next
    }
}
