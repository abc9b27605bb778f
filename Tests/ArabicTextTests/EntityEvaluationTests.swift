import Foundation
import Testing
@testable import ArabicText

/// Gold entities written inline as `[[PER:…]]`, `[[ORG:…]]`, `[[LOC:…]]`.
struct GoldText {
    struct Span: Hashable {
        var type: EntityType
        var start: Int
        var end: Int
    }

    var text: String
    var spans: [Span]

    /// Strips the markup of `marked`, keeping each entity's scalar offsets.
    init(_ marked: String) {
        let s = Array(marked.unicodeScalars)
        var out = String.UnicodeScalarView()
        var spans: [Span] = []
        var open: [(EntityType, Int)] = []
        var i = 0
        while i < s.count {
            if s[i] == "[", i + 5 < s.count, s[i + 1] == "[", s[i + 5] == ":" {
                let tag = String(String.UnicodeScalarView(s[(i + 2)..<(i + 5)]))
                let type: EntityType = tag == "PER" ? .person : tag == "ORG" ? .organization : .location
                open.append((type, out.count))
                i += 6
            } else if s[i] == "]", i + 1 < s.count, s[i + 1] == "]", let (type, start) = open.popLast() {
                spans.append(Span(type: type, start: start, end: out.count))
                i += 2
            } else {
                out.append(s[i])
                i += 1
            }
        }
        text = String(out)
        self.spans = spans
    }
}

/// Precision, recall and F1 of exact (type, start, end) matches.
struct Score: CustomStringConvertible {
    var truePositives = 0
    var predicted = 0
    var gold = 0
    var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
        func three(_ x: Double) -> String { String(format: "%.3f", x) }
        return "P=\(three(precision)) R=\(three(recall)) F1=\(three(f1)) (tp \(truePositives), predicted \(predicted), gold \(gold))"
    }

    static func evaluate(_ paragraphs: [String], report: inout [String]) -> Score {
        var score = Score()
        let recognizer = EntityRecognizer()
        for marked in paragraphs {
            let gold = GoldText(marked)
            let found = Set(recognizer.recognize(in: gold.text).map { GoldText.Span(type: $0.type, start: $0.start, end: $0.end) })
            let expected = Set(gold.spans)
            score.truePositives += found.intersection(expected).count
            score.predicted += found.count
            score.gold += expected.count
            let scalars = Array(gold.text.unicodeScalars)
            func show(_ s: GoldText.Span) -> String { "\(s.type.rawValue.prefix(3)):" + String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
            for s in found.subtracting(expected).sorted(by: { $0.start < $1.start }) { report.append("  FP " + show(s)) }
            for s in expected.subtracting(found).sorted(by: { $0.start < $1.start }) { report.append("  FN " + show(s)) }
        }
        return score
    }
}

@Suite struct EntityEvaluationTests {
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    @Test func unseenNews() {
        var report: [String] = []
        let score = Score.evaluate(Self.paragraphs(FixturesUnseenNews.paragraphs), report: &report)
        print("EntityEvaluation unseen: \(score)\n" + report.joined(separator: "\n"))
        #expect(score.f1 >= 0.75)
    }

    @Test func seeds() {
        var report: [String] = []
        let score = Score.evaluate(FixturesSeedGold.articles, report: &report)
        print("EntityEvaluation seeds: \(score)\n" + report.joined(separator: "\n"))
        #expect(score.f1 >= 0.85)
    }
}
