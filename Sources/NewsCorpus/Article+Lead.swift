extension Article {
    /// Words a scraped slider or pager leaves at the top of a body («Next Previous»).
    static let navigationWords: Set<Substring> = ["Next", "Previous", "Prev", "next", "previous", "prev", "«", "»"]
    /// How many leading paragraphs `lead` looks through for one that is not a byline.
    static let leadSearchDepth = 4

    /// The text from the first paragraph that says something: leading bylines
    /// («سعاد الصباح – جدة», see `Byline`) and pager words («Next Previous») skipped, and
    /// such words dropped from the start of the paragraph found. The whole text when the first
    /// `leadSearchDepth` paragraphs are all bylines.
    public var lead: Substring {
        let text = self.text
        var start = text.startIndex
        for _ in 0..<Self.leadSearchDepth {
            guard start < text.endIndex else { break }
            let end = text[start...].firstRange(of: "\n\n")?.lowerBound ?? text.endIndex
            let paragraph = Self.droppingNavigation(text[start..<end])
            // A byline is at most six words: a long paragraph is never one (and is not split).
            if !paragraph.isEmpty, paragraph.utf8.count > 160 || !Byline.matches(String(paragraph)) {
                return text[paragraph.startIndex...]
            }
            guard end < text.endIndex else { break }
            start = text.index(end, offsetBy: 2)
        }
        return text[...]
    }

    /// `paragraph` without leading pager words.
    static func droppingNavigation(_ paragraph: Substring) -> Substring {
        var rest = paragraph
        while let space = rest.firstIndex(of: " ") ?? (rest.isEmpty ? nil : rest.endIndex),
              navigationWords.contains(rest[..<space]) {
            rest = rest[space...].drop { $0 == " " }
        }
        return rest
    }
}
