/// Removes HTML tags, comments, and the content of `<script>`/`<style>` from text that should
/// be plain (see `TextHygiene`); block tags become a line break.
enum MarkupStripper {
    /// Elements whose tags end a paragraph or line.
    static let blockElements: Set<String> = [
        "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "blockquote", "section", "article", "header", "footer", "html", "body", "head", "title",
        "hr", "dd", "dt", "figure", "figcaption", "pre", "main", "nav", "aside",
    ]
    /// Elements whose content is code, not words.
    static let codeElements: Set<String> = ["script", "style"]
    /// The longest run a tag may span.
    static let maximumTagLength = 1000

    static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<", let tag = tag(in: scalars, at: i) else {
                out.append(scalars[i])
                i += 1
                continue
            }
            i = tag.end
            if codeElements.contains(tag.name) && !tag.closing {
                i = endOfCode(tag.name, in: scalars, from: i)
            } else if blockElements.contains(tag.name), out.last != "\n" {
                out.append("\n")
            }
        }
        return String(out)
    }

    /// The tag starting at `start` (`<name …>`, `</name>`, `<!…>`, `<!-- … -->`): its lowercased
    /// name and where it ends; nil when the `<` starts no tag.
    static func tag(in s: [Unicode.Scalar], at start: Int) -> (name: String, closing: Bool, end: Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "!" {
            if i + 2 < s.count, s[i + 1] == "-", s[i + 2] == "-" {
                var j = i + 3
                while j + 2 < s.count {
                    if s[j] == "-", s[j + 1] == "-", s[j + 2] == ">" { return ("!--", false, j + 3) }
                    j += 1
                }
                return nil
            }
            return closingBracket(s, from: i + 1, start: start).map { ("!", false, $0) }
        }
        let closing = s[i] == "/"
        if closing { i += 1 }
        guard i < s.count, s[i].isASCIILetter else { return nil }
        var name = ""
        while i < s.count, s[i].isASCIILetter || ("0"..."9").contains(s[i]) {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ">" || s[i] == "/" || s[i] == " " || s[i] == "\t" || s[i] == "\n" else { return nil }
        return closingBracket(s, from: i, start: start).map { (name.lowercased(), closing, $0) }
    }

    /// Just past the `>` closing a tag begun at `start`, unless another `<` or the length limit
    /// comes first.
    private static func closingBracket(_ s: [Unicode.Scalar], from: Int, start: Int) -> Int? {
        var j = from
        while j < s.count, j - start < maximumTagLength {
            if s[j] == ">" { return j + 1 }
            if s[j] == "<" { return nil }
            j += 1
        }
        return nil
    }

    /// Just past `</name>` (or the end of the text when it never closes).
    private static func endOfCode(_ name: String, in s: [Unicode.Scalar], from: Int) -> Int {
        var j = from
        while j < s.count {
            if s[j] == "<", let tag = tag(in: s, at: j), tag.closing, tag.name == name { return tag.end }
            j += 1
        }
        return s.count
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
