/// An HTML or XML document as a flat array of nodes in document order, each knowing its parent
/// and children by index, so that scoring passes can walk up and down without references.
/// Node 0 is the document itself (no name). Immutable once parsed.
public struct MarkupDocument: Sendable {
    /// One element or text node.
    public struct Node: Sendable {
        /// Element name, lowercased for HTML, `prefix:local` for namespaced XML; nil for text
        /// and for the document node.
        public var name: String?
        /// The characters of a text node (empty for elements).
        public var text: String
        /// Attributes by name (`prefix:local` when namespaced).
        public var attributes: [String: String]
        /// The parent's index; -1 for the document node.
        public var parent: Int
        /// Children's indices in order.
        public var children: [Int]

        /// Whether this is a text node.
        public var isText: Bool { name == nil && parent >= 0 }
    }

    public internal(set) var nodes: [Node]

    init() {
        nodes = [Node(name: nil, text: "", attributes: [:], parent: -1, children: [])]
    }

    /// Appends a node under `parent` and returns its index.
    mutating func append(name: String?, text: String = "", attributes: [String: String] = [:], under parent: Int) -> Int {
        let index = nodes.count
        nodes.append(Node(name: name, text: text, attributes: attributes, parent: parent, children: []))
        nodes[parent].children.append(index)
        return index
    }

    /// The node at `index`.
    public subscript(index: Int) -> Node { nodes[index] }

    /// Every node below `index`, in document order (not `index` itself). Descendants of a node
    /// are contiguous: they follow it and end where the next non-descendant begins.
    public func descendants(of index: Int) -> Range<Int> {
        var last = index
        while let child = nodes[last].children.last {
            last = child
        }
        return (index + 1)..<(last + 1)
    }

    /// Indices of the elements named `name` below `index` (all of the document by default).
    public func elements(named name: String, under index: Int = 0) -> [Int] {
        descendants(of: index).filter { nodes[$0].name == name }
    }

    /// The first element named `name` below `index`.
    public func first(_ name: String, under index: Int = 0) -> Int? {
        descendants(of: index).first { nodes[$0].name == name }
    }

    /// The element children of `index` named `name` (direct children only).
    public func children(of index: Int, named name: String) -> [Int] {
        nodes[index].children.filter { nodes[$0].name == name }
    }

    /// The raw text below `index` (text nodes concatenated, no spacing added).
    public func rawText(of index: Int) -> String {
        if nodes[index].isText { return nodes[index].text }
        var out = ""
        for i in descendants(of: index) where nodes[i].isText {
            out += nodes[i].text
        }
        return out
    }

    /// The text below `index` with runs of white space (and no-break spaces) made one space,
    /// trimmed; block elements and `<br>` separate words.
    public func text(of index: Int) -> String {
        var out = ""
        for i in descendants(of: index) {
            let node = nodes[i]
            if node.isText {
                out += node.text
            } else if let name = node.name, name == "br" || MarkupDocument.blockNames.contains(name) {
                out += " "
            }
        }
        if nodes[index].isText { out = nodes[index].text }
        return WhiteSpaceCollapse.collapse(out)
    }

    /// Whether `index` lies inside `ancestor` (or is it).
    public func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var i = index
        while i >= 0 {
            if i == ancestor { return true }
            i = nodes[i].parent
        }
        return false
    }

    /// Elements whose boundary separates words even without spaces in the source.
    static let blockNames: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
        "section", "article", "blockquote", "header", "footer", "aside", "nav", "main", "figure",
        "figcaption", "pre", "dd", "dt", "dl",
    ]
}

/// White-space folding for text taken out of markup.
enum WhiteSpaceCollapse {
    /// `text` with every run of white space (including U+00A0) made one space, trimmed.
    static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
