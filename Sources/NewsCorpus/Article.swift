import ArabicText
import CompactText

/// Where an article came from.
public enum ArticleOrigin: String, Sendable, Codable {
    /// A file of the corpus folder.
    case corpus
    /// Added through the API.
    case added
}

/// One news article as served: cleaned text with paragraph and sentence offsets. Immutable.
/// Offsets count Unicode scalars of `text`, end exclusive. A class so that copying a corpus's
/// article list (a write appends to it) retains one reference an article instead of nine.
public final class Article: Sendable {
    public let id: String
    public let title: String
    public let titleSource: TitleSource
    /// The cleaned body, stored compactly (about a third of its UTF-8 bytes; `StoredText`).
    public let storedText: StoredText
    /// The analysis key's digest of the text (`AnalysisKey`), taken while the text is at hand so
    /// that looking up or writing the analysis cache does not decode it again.
    let textDigest: Digest128
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    public let links: [String]
    /// The article's own date, from metadata or estimated from its content.
    public let published: TemporalValue?
    /// Whether `published` was estimated from the content rather than given.
    public let publishedEstimated: Bool
    public let source: String?
    public let url: String?
    public let origin: ArticleOrigin

    /// Builds an article from cleaned parts; computes the text and its offsets.
    public init(id: String, cleaned: CleanedArticle, metadata: ArticleMetadata = ArticleMetadata(),
                origin: ArticleOrigin = .corpus) {
        self.id = id
        // A provided title as the cleaner tidied it (markup and entities gone).
        self.title = cleaned.titleSource == .provided ? cleaned.title : metadata.title ?? cleaned.title
        self.titleSource = metadata.title == nil ? cleaned.titleSource : .provided
        // Sized exactly: appending would leave up to twice the bytes reserved for the
        // article's lifetime.
        var text = ""
        text.reserveCapacity(cleaned.paragraphs.reduce(2 * max(0, cleaned.paragraphs.count - 1)) { $0 + $1.utf8.count })
        var spans: [TextSpan] = []
        spans.reserveCapacity(cleaned.paragraphs.count)
        var offset = 0
        for (i, paragraph) in cleaned.paragraphs.enumerated() {
            if i > 0 {
                text += "\n\n"
                offset += 2
            }
            let length = paragraph.unicodeScalars.count
            spans.append(TextSpan(start: offset, end: offset + length))
            text += paragraph
            offset += length
        }
        self.storedText = StoredText(text)
        var digest = Digest128()
        digest.add(text)
        self.textDigest = digest
        self.paragraphs = spans
        self.sentences = SentenceSplitter.sentences(in: Array(text.unicodeScalars)).compacted()
        self.links = cleaned.links.compacted()
        self.published = metadata.published
        self.publishedEstimated = false
        self.source = metadata.source
        self.url = metadata.url
        self.origin = origin
    }

    private init(copying a: Article, id: String? = nil, published: TemporalValue?, estimated: Bool) {
        self.id = id ?? a.id; title = a.title; titleSource = a.titleSource; storedText = a.storedText
        textDigest = a.textDigest
        paragraphs = a.paragraphs; sentences = a.sentences; links = a.links
        source = a.source; url = a.url; origin = a.origin
        self.published = published
        self.publishedEstimated = estimated
    }

    /// The same article under another id (an import prepares articles before naming them).
    public func withID(_ id: String) -> Article {
        Article(copying: self, id: id, published: published, estimated: publishedEstimated)
    }

    /// The same article with an estimated date (used when no metadata gives one).
    public func withEstimatedDate(_ date: TemporalValue?) -> Article {
        Article(copying: self, published: date, estimated: date != nil)
    }

    /// The cleaned body: paragraphs joined by a blank line. Decoded from `storedText` on each
    /// access (a few microseconds an article): read it once per use.
    public var text: String { storedText.string }

    /// How many Unicode scalars `text` has (where its last paragraph ends), without decoding it.
    public var scalarCount: Int { paragraphs.last?.end ?? 0 }

    /// The text of each paragraph.
    public var paragraphTexts: [String] {
        paragraphTexts(in: text)
    }

    /// The text of each paragraph, cut from `text` (this article's `text`, already decoded).
    public func paragraphTexts(in text: String) -> [String] {
        ScalarOffsets.texts(in: text, spans: paragraphs)
    }
}
