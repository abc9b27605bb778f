/// What a page's markup says about where its article is: elements that never hold it, and the
/// class and id words that make a block more or less likely to (the word lists of Mozilla's
/// Readability, abridged; arc90's original heuristics).
enum ContentHints {
    /// Elements whose text is never article text.
    static let unwantedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select",
        "textarea", "input", "nav", "aside", "footer", "header", "menu", "dialog", "figcaption",
    ]
    /// Class/id words of navigation, comments, sharing and advertising blocks.
    static let unlikelyWords = [
        "-ad-", "ad-break", "advert", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
        "cookie", "disqus", "footer", "gdpr", "header", "menu", "masthead", "newsletter", "pagination",
        "pager", "popup", "related", "remark", "replies", "rss", "share", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "subscribe", "supplemental", "tags", "toolbar", "widget",
    ]
    /// Unlikely words no likely word rescues (`comment-content` is still a comment).
    static let alwaysUnlikelyWords = [
        "comment", "disqus", "replies", "share", "social", "related", "advert", "cookie", "newsletter",
        "breadcrumb",
    ]
    /// Class/id words that rescue a block the unlikely words caught.
    static let rescueWords = ["article", "body", "column", "content", "main"]
    /// Class/id words that raise a block's score.
    static let likelyWords = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "column",
    ]
    /// Elements never set aside by their class words.
    static let keptElements: Set<String> = ["html", "body", "article", "main"]

    /// One flag per node: whether it lies in a part set aside before scoring.
    static func excludedNodes(in document: MarkupDocument) -> [Bool] {
        var excluded = [Bool](repeating: false, count: document.nodes.count)
        for i in document.nodes.indices {
            let node = document[i]
            if node.parent >= 0, excluded[node.parent] {
                excluded[i] = true
                continue
            }
            guard let name = node.name else { continue }
            if unwantedElements.contains(name) || node.attributes["hidden"] != nil
                || node.attributes["aria-hidden"] == "true" || node.attributes["role"] == "navigation"
                || node.attributes["role"] == "complementary" {
                excluded[i] = true
                continue
            }
            guard !keptElements.contains(name) else { continue }
            let words = classAndID(node)
            guard !words.isEmpty else { continue }
            if alwaysUnlikelyWords.contains(where: words.contains)
                || (unlikelyWords.contains(where: words.contains) && !rescueWords.contains(where: words.contains)) {
                excluded[i] = true
            }
        }
        return excluded
    }

    /// A container's score before its paragraphs add to it: by tag, then by class/id words.
    static func baseScore(of node: MarkupDocument.Node) -> Double {
        var score: Double
        switch node.name ?? "" {
        case "article": score = 10
        case "div", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        for attribute in ["class", "id"] {
            guard let value = node.attributes[attribute]?.lowercased(), !value.isEmpty else { continue }
            if unlikelyWords.contains(where: value.contains) { score -= 25 }
            if likelyWords.contains(where: value.contains) { score += 25 }
        }
        return score
    }

    static func classAndID(_ node: MarkupDocument.Node) -> String {
        ((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).lowercased()
            .trimmingCharacters(in: " ")
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
