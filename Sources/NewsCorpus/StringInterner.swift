import ArabicText
import Synchronization

/// Makes equal strings share one storage. The analysers return a new string for every name,
/// role and date expression they find, and the same few thousand names recur through the whole
/// corpus; interning each article's analysis as it is produced keeps the build's peak memory
/// near the unique words rather than every occurrence. Safe to use from many threads.
final class StringInterner: Sendable {
    private let strings = Mutex<Set<String>>([])

    /// `analysis` with its strings replaced by the shared copies.
    func intern(_ analysis: ArticleAnalysis) -> ArticleAnalysis {
        var analysis = analysis
        strings.withLock { set in
            func shared(_ s: String) -> String {
                // Strings of up to 15 UTF-8 bytes are stored inline: nothing to share.
                s.utf8.count <= 15 ? s : set.insert(s).memberAfterInsert
            }
            for i in analysis.entityMentions.indices {
                analysis.entityMentions[i].name = shared(analysis.entityMentions[i].name)
                if let role = analysis.entityMentions[i].role { analysis.entityMentions[i].role = shared(role) }
            }
            for i in analysis.dateMentions.indices {
                analysis.dateMentions[i].expression = shared(analysis.dateMentions[i].expression)
            }
        }
        return analysis
    }
}
