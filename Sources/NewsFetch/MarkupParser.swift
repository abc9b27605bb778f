import CLibXML2

/// Parses bytes into a `MarkupDocument` with libxml2: its forgiving HTML parser for pages, its
/// XML parser for feeds. Never touches the network (`NONET`) and never loads external entities
/// or DTDs (no `NOENT`/`DTDLOAD`), so a hostile feed cannot read files or make requests.
public enum MarkupParser {
    /// libxml2 wants `xmlInitParser` once before parsing from several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses an HTML page. `encoding` is the charset from `Content-Type`, if any; without it,
    /// bytes that are valid UTF-8 are read as UTF-8, others as the page's `<meta charset>` says.
    public static func html(_ bytes: [UInt8], encoding: String? = nil, url: String? = nil) -> MarkupDocument {
        _ = initialized
        guard !bytes.isEmpty else { return MarkupDocument() }
        var charset = encoding
        if charset == nil, String(validating: bytes, as: UTF8.self) != nil {
            charset = "UTF-8"
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(clamping: buffer.count), url, charset, options)
            }
        }
        guard let document else { return MarkupDocument() }
        defer { xmlFreeDoc(document) }
        return convert(document, lowercase: true)
    }

    /// Parses an XML document (a feed); nil when it is not well-formed enough to have a root.
    public static func xml(_ bytes: [UInt8], url: String? = nil) -> MarkupDocument? {
        _ = initialized
        guard !bytes.isEmpty else { return nil }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlReadMemory(base, Int32(clamping: buffer.count), url, nil, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard xmlDocGetRootElement(document) != nil else { return nil }
        return convert(document, lowercase: false)
    }

    /// Copies libxml2's tree into a `MarkupDocument`, in document order.
    private static func convert(_ document: xmlDocPtr, lowercase: Bool) -> MarkupDocument {
        var result = MarkupDocument()
        // An explicit stack, so that deep nesting cannot overflow the thread's stack.
        var stack: [(node: xmlNodePtr, parent: Int)] = []
        var child = document.pointee.children
        var roots: [xmlNodePtr] = []
        while let c = child { roots.append(c); child = c.pointee.next }
        for root in roots.reversed() { stack.append((root, 0)) }
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = result.append(name: name(of: node, lowercase: lowercase),
                                          attributes: attributes(of: node, lowercase: lowercase), under: parent)
                var children: [xmlNodePtr] = []
                var c = node.pointee.children
                while let n = c { children.append(n); c = n.pointee.next }
                for n in children.reversed() { stack.append((n, index)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    _ = result.append(name: nil, text: String(cString: content), under: parent)
                }
            default:
                continue  // comments, processing instructions, DTD nodes, entity references
            }
        }
        return result
    }

    private static func name(of node: xmlNodePtr, lowercase: Bool) -> String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        if let prefix = node.pointee.ns?.pointee.prefix {
            return String(cString: prefix) + ":" + local
        }
        return lowercase ? local.lowercased() : local
    }

    private static func attributes(of node: xmlNodePtr, lowercase: Bool) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            var key = a.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = a.pointee.ns?.pointee.prefix {
                key = String(cString: prefix) + ":" + key
            } else if lowercase {
                key = key.lowercased()
            }
            var value = ""
            var text = a.pointee.children
            while let t = text {
                if let content = t.pointee.content { value += String(cString: content) }
                text = t.pointee.next
            }
            result[key] = value
            attribute = a.pointee.next
        }
        return result
    }
}
