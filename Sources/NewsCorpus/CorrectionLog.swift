/// Keeps the log of entity corrections as changes arrive: a correction is appended, an undo
/// marks its correction undone (the log keeps it, for the record of who did what).
public enum CorrectionLog {
    /// Records `change` (a `.correction` or `.undoCorrection`; others are ignored) in `log`.
    public static func record(_ change: ArticleChange, in log: inout [CorrectionEntry]) {
        switch change {
        case .correction(let correction):
            if let i = log.firstIndex(where: { $0.correction.id == correction.id }) {
                log[i] = CorrectionEntry(correction: correction)
            } else {
                log.append(CorrectionEntry(correction: correction))
            }
        case .undoCorrection(let id, let who, let when):
            if let i = log.firstIndex(where: { $0.correction.id == id }), log[i].undone == nil {
                log[i].undone = (who, when)
            }
        case .upsert, .delete, .feed, .removeFeed:
            break
        }
    }

    /// The corrections after replaying `changes` in order.
    public static func corrections(after changes: [ArticleChange]) -> [CorrectionEntry] {
        var log: [CorrectionEntry] = []
        for change in changes { record(change, in: &log) }
        return log
    }
}
