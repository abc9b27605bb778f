/// Readability-style choice of an article's body: paragraphs score the containers they sit in
/// (by length and punctuation), containers are weighed by tag and by class/id words and
/// discounted by how much of their text is links, and the best container's paragraphs (with
/// siblings that score nearly as well) are the article. Navigation, comments, sharing bars and
/// scripts are set aside first.
public enum MainTextFinder {
    /// The main text's paragraphs in document order, white space folded.
    public static func paragraphs(in document: MarkupDocument) -> [String] {
        let excluded = ContentHints.excludedNodes(in: document)
        let paragraphs = paragraphNodes(in: document, excluded: excluded)
        var scores: [Int: Double] = [:]
        var lengths: [Int: Int] = [:]
        for p in paragraphs {
            let text = document.text(of: p)
            let length = text.unicodeScalars.count
            lengths[p] = length
            guard length >= 25 else { continue }
            let commas = text.unicodeScalars.filter { $0 == "," || $0 == "،" || $0 == "؛" }.count
            let score = 1 + Double(commas) + min(Double(length) / 100, 3)
            var ancestor = document[p].parent
            var level = 0
            while ancestor > 0, level < 5 {
                guard !excluded[ancestor] else { break }
                if scores[ancestor] == nil { scores[ancestor] = ContentHints.baseScore(of: document[ancestor]) }
                let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                scores[ancestor, default: 0] += score / divider
                ancestor = document[ancestor].parent
                level += 1
            }
        }
        var best: (node: Int, score: Double)?
        var finals: [Int: Double] = [:]
        for (node, score) in scores {
            let final = score * (1 - linkDensity(of: node, in: document))
            finals[node] = final
            if best == nil || final > best!.score || (final == best!.score && node < best!.node) {
                best = (node, final)
            }
        }
        guard let best else { return [] }
        // The best container and those of its siblings that score close to it (articles split
        // across several blocks), in document order.
        let parent = document[best.node].parent
        let threshold = max(10, best.score * 0.2)
        var chosen: [Int] = []
        for sibling in document[parent].children where !excluded[sibling] {
            if sibling == best.node || (finals[sibling] ?? 0) >= threshold {
                chosen.append(sibling)
            } else if paragraphs.contains(sibling), (lengths[sibling] ?? 0) > 80,
                      linkDensity(of: sibling, in: document) < 0.25 {
                chosen.append(sibling)
            }
        }
        let kept = Set(paragraphs)
        var out: [String] = []
        for container in chosen {
            let nodes = kept.contains(container) ? [container] : document.descendants(of: container).filter { kept.contains($0) }
            for p in nodes where linkDensity(of: p, in: document) < 0.5 {
                let text = document.text(of: p)
                if !text.isEmpty { out.append(text) }
            }
        }
        return out
    }

    /// `<p>` and `<pre>` elements, and `<div>`s used as paragraphs (text but no block inside),
    /// outside the excluded parts.
    static func paragraphNodes(in document: MarkupDocument, excluded: [Bool]) -> [Int] {
        var result: [Int] = []
        for i in document.nodes.indices where !excluded[i] {
            guard let name = document[i].name else { continue }
            switch name {
            case "p", "pre":
                result.append(i)
            case "div":
                let hasBlock = document.descendants(of: i).contains {
                    document[$0].name.map(MarkupDocument.blockNames.contains) ?? false
                }
                let hasText = document[i].children.contains {
                    document[$0].isText && !WhiteSpaceCollapse.collapse(document[$0].text).isEmpty
                }
                if !hasBlock && hasText { result.append(i) }
            default:
                continue
            }
        }
        return result
    }

    /// The share of `node`'s text that sits inside links, 0…1.
    static func linkDensity(of node: Int, in document: MarkupDocument) -> Double {
        var total = 0
        var linked = 0
        for i in document.descendants(of: node) where document[i].isText {
            let count = document[i].text.unicodeScalars.count { !$0.properties.isWhitespace }
            total += count
            var a = document[i].parent
            while a >= 0, a != node {
                if document[a].name == "a" { linked += count; break }
                a = document[a].parent
            }
        }
        return total == 0 ? 0 : Double(linked) / Double(total)
    }
}
