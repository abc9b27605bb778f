/// How an article's title was found.
public enum TitleSource: String, Sendable, Codable {
    /// The file's first line, a short heading followed by a blank line.
    case heading
    /// No heading: the title is the body's first sentence (shortened if long).
    case firstSentence
    /// Given explicitly (metadata or the API).
    case provided
}

/// An article's text after the scraping artefacts are removed, before analysis.
public struct CleanedArticle: Sendable, Equatable {
    public var title: String
    public var titleSource: TitleSource
    /// The body's paragraphs, in order, none empty.
    public var paragraphs: [String]
    /// URLs found in the text (lines that are only a URL are removed from the paragraphs).
    public var links: [String]

    public init(title: String, titleSource: TitleSource, paragraphs: [String], links: [String]) {
        self.title = title
        self.titleSource = titleSource
        self.paragraphs = paragraphs
        self.links = links
    }
}
