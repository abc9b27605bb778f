import NewsCorpus

/// The co-occurrence graph (`CooccurrenceGraph`, the one `/api/graph` serves) as GraphML and as GEXF 1.3 (Gephi's format): nodes carry
/// the entity's name (`label`), type and mention count; edges the number of shared sentences
/// (`weight`). Node ids are entity ids, so a graph opened elsewhere links back to the API.
enum GraphExport {
    static func graphML(_ graph: CooccurrenceGraph, in corpus: Corpus) -> [UInt8] {
        var out = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="type" for="node" attr.name="type" attr.type="string"/>
          <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
          <graph id="marsad" edgedefault="undirected">

        """#
        for node in graph.nodes {
            let e = corpus.entities[node.entity]
            out += "    <node id=\"\(escape(e.id))\"><data key=\"label\">\(escape(e.name))</data><data key=\"type\">\(e.type.rawValue)</data><data key=\"mentions\">\(node.mentionCount)</data></node>\n"
        }
        for (i, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"\(escape(corpus.entities[graph.nodes[edge.source].entity].id))\" target=\"\(escape(corpus.entities[graph.nodes[edge.target].entity].id))\"><data key=\"weight\">\(edge.weight)</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Array(out.utf8)
    }

    static func gexf(_ graph: CooccurrenceGraph, in corpus: Corpus) -> [UInt8] {
        var out = #"""
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
        for node in graph.nodes {
            let e = corpus.entities[node.entity]
            out += "      <node id=\"\(escape(e.id))\" label=\"\(escape(e.name))\"><attvalues><attvalue for=\"type\" value=\"\(e.type.rawValue)\"/><attvalue for=\"mentions\" value=\"\(node.mentionCount)\"/></attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, edge) in graph.edges.enumerated() {
            out += "      <edge id=\"\(i)\" source=\"\(escape(corpus.entities[graph.nodes[edge.source].entity].id))\" target=\"\(escape(corpus.entities[graph.nodes[edge.target].entity].id))\" weight=\"\(edge.weight)\"/>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return Array(out.utf8)
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
