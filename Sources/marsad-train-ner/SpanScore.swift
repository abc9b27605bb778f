import ArabicText
import Foundation

/// Precision, recall and F1 per entity type, exact and clitic-lenient.
struct SpanScore {
    struct Counts {
        var truePositives = 0, predicted = 0, gold = 0
        var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    struct Span: Hashable {
        var type: EntityType
        var start: Int
        var end: Int
    }

    var exact: [EntityType: Counts] = [:]
    var lenient: [EntityType: Counts] = [:]

    /// Leading proclitics a lenient match may leave out of a gold span (ANERcorp keeps them on
    /// the token: `وأسامة`; Marsad names `أسامة`).
    static let proclitics: Set<String> = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "ولل", "فلل"]

    mutating func add(gold: [Span], predicted: [Span], scalars: [Unicode.Scalar]) {
        for type in EntityType.allCases {
            let g = gold.filter { $0.type == type }, p = predicted.filter { $0.type == type }
            exact[type, default: Counts()].gold += g.count
            exact[type, default: Counts()].predicted += p.count
            exact[type, default: Counts()].truePositives += Set(g).intersection(Set(p)).count
            lenient[type, default: Counts()].gold += g.count
            lenient[type, default: Counts()].predicted += p.count
            var used = Set<Span>()
            for span in p {
                if let match = g.first(where: { !used.contains($0) && Self.leniently($0, span, scalars) }) {
                    used.insert(match)
                    lenient[type, default: Counts()].truePositives += 1
                }
            }
        }
    }

    static func leniently(_ gold: Span, _ predicted: Span, _ scalars: [Unicode.Scalar]) -> Bool {
        guard gold.end == predicted.end else { return false }
        if gold.start == predicted.start { return true }
        guard gold.start < predicted.start, predicted.start <= scalars.count else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[gold.start..<predicted.start].filter { !(0x064B...0x065F).contains($0.value) })
        return proclitics.contains(String(view))
    }

    func report(_ title: String) -> String {
        var lines = ["\(title)", "  type          exact P / R / F1        lenient P / R / F1"]
        func fmt(_ c: Counts) -> String { String(format: "%.3f / %.3f / %.3f", c.precision, c.recall, c.f1) }
        var allE = Counts(), allL = Counts()
        for type in EntityType.allCases {
            let e = exact[type] ?? Counts(), l = lenient[type] ?? Counts()
            allE.truePositives += e.truePositives; allE.predicted += e.predicted; allE.gold += e.gold
            allL.truePositives += l.truePositives; allL.predicted += l.predicted; allL.gold += l.gold
            lines.append("  \(type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(fmt(e))   \(fmt(l))   (gold \(e.gold))")
        }
        lines.append("  all           \(fmt(allE))   \(fmt(allL))   (gold \(allE.gold))")
        return lines.joined(separator: "\n")
    }
}
