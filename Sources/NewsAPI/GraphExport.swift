import HTTPCore
import NewsCorpus

/// The co-occurrence graph (`CooccurrenceGraph`, the one `/api/graph` serves) as GraphML and as GEXF 1.3 (Gephi's format): nodes carry
/// the entity's name (`label`), type and mention count; edges the number of shared sentences
/// (`weight`). Node ids are entity ids, so a graph opened elsewhere links back to the API.
enum GraphExport {
    /// The GraphML file, produced while it is sent: nodes, then edges.
    static func graphML(_ graph: CooccurrenceGraph, in corpus: Corpus) -> BodyStream {
        stream(graph, in: corpus, head: graphMLHead, between: [], tail: graphMLTail,
               node: graphMLNode, edge: graphMLEdge)
    }

    /// The GEXF file, produced while it is sent: nodes, then edges.
    static func gexf(_ graph: CooccurrenceGraph, in corpus: Corpus) -> BodyStream {
        stream(graph, in: corpus, head: gexfHead, between: Array("    </nodes>\n    <edges>\n".utf8),
               tail: gexfTail, node: gexfNode, edge: gexfEdge)
    }

    /// Rows `0..<nodes` are nodes, the next is `between` (the edges' opening), the rest edges.
    private static func stream(_ graph: CooccurrenceGraph, in corpus: Corpus, head: String, between: [UInt8], tail: String,
                               node: @escaping @Sendable (CorpusEntity, Int) -> String,
                               edge: @escaping @Sendable (Int, String, String, Int) -> String) -> BodyStream {
        let nodeCount = graph.nodes.count
        return ExportStream.body(prefix: Array(head.utf8), suffix: Array(tail.utf8),
                                 rows: { 0..<(nodeCount + 1 + graph.edges.count) }) { row, out in
            if row < nodeCount {
                let n = graph.nodes[row]
                out += node(corpus.entities[n.entity], n.mentionCount).utf8
            } else if row == nodeCount {
                out += between
            } else {
                let i = row - nodeCount - 1
                let e = graph.edges[i]
                out += edge(i, corpus.entities[graph.nodes[e.source].entity].id,
                            corpus.entities[graph.nodes[e.target].entity].id, e.weight).utf8
            }
        }
    }

    private static let graphMLHead = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="type" for="node" attr.name="type" attr.type="string"/>
          <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
          <graph id="marsad" edgedefault="undirected">

        """#
    private static let graphMLTail = "  </graph>\n</graphml>\n"

    private static func graphMLNode(_ e: CorpusEntity, mentions: Int) -> String {
        "    <node id=\"\(escape(e.id))\"><data key=\"label\">\(escape(e.name))</data><data key=\"type\">\(e.type.rawValue)</data><data key=\"mentions\">\(mentions)</data></node>\n"
    }

    private static func graphMLEdge(_ i: Int, source: String, target: String, weight: Int) -> String {
        "    <edge id=\"e\(i)\" source=\"\(escape(source))\" target=\"\(escape(target))\"><data key=\"weight\">\(weight)</data></edge>\n"
    }

    private static let gexfHead = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <meta><creator>Marsad</creator><description>Entities that share sentences</description></meta>
          <graph defaultedgetype="undirected" mode="static">
            <attributes class="node">
              <attribute id="type" title="type" type="string"/>
              <attribute id="mentions" title="mentions" type="integer"/>
            </attributes>
            <nodes>

        """#
    private static let gexfTail = "    </edges>\n  </graph>\n</gexf>\n"

    private static func gexfNode(_ e: CorpusEntity, mentions: Int) -> String {
        "      <node id=\"\(escape(e.id))\" label=\"\(escape(e.name))\"><attvalues><attvalue for=\"type\" value=\"\(e.type.rawValue)\"/><attvalue for=\"mentions\" value=\"\(mentions)\"/></attvalues></node>\n"
    }

    private static func gexfEdge(_ i: Int, source: String, target: String, weight: Int) -> String {
        "      <edge id=\"\(i)\" source=\"\(escape(source))\" target=\"\(escape(target))\" weight=\"\(weight)\"/>\n"
    }

    /// `text` safe inside XML content and double-quoted attributes; characters XML 1.0 cannot
    /// hold at all (most C0 controls) are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
