import ArabicText
import ArgumentParser
import EntityModel
import Foundation

/// Writes the development texts of every block (the same four-sentence texts `evaluate` scores)
/// with their gold spans, one JSON object a line, so that another build's recogniser — the rules
/// from before the model, say — can be scored on exactly the same texts
/// (`scripts/ner/old-rules-calibration.sh`).
struct ExportTexts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-texts",
        abstract: "Write each block's development texts and gold spans as JSON lines (for scoring other builds).")
    @Option(help: "ANERcorp training portion (token TAG lines).") var data = "../shared/data/anercorp/train.txt"
    @Option(help: "Sentences joined into one text, as `evaluate` joins them.") var sentencesPerText = 4
    @Option(help: "Where to write the JSON lines (outside the repository: the text is ANERcorp's).") var out: String
    @Option(help: "Instead of ANERcorp, the paragraphs of this file in the project's [[TYPE:…]] markup, one a line (e.g. the Wikipedia-style gold set).")
    var markup: String?

    struct Record: Codable {
        var block: Int
        var text: String
        /// [type, start, end] in Unicode scalars.
        var gold: [[String]]
    }

    func run() throws {
        if let markup {
            let paragraphs = try String(contentsOfFile: markup, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
            let encoder = JSONEncoder()
            let lines = try paragraphs.map { paragraph -> String in
                let (text, spans) = LabelledMarkup.strip(String(paragraph))
                let record = Record(block: 0, text: text, gold: spans.map { [$0.type.rawValue, String($0.start), String($0.end)] })
                return String(decoding: try encoder.encode(record), as: UTF8.self)
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
            print("wrote \(lines.count) paragraphs to \(out)")
            return
        }
        let text = try String(contentsOfFile: data, encoding: .utf8)
        let sentences = LabelledCorpus.read(text)
        let encoder = JSONEncoder()
        var lines: [String] = []
        for block in 0..<10 {
            let dev = LabelledCorpus.split(sentences, devFraction: 0.1, block: block).dev
            for chunk in stride(from: 0, to: dev.count, by: sentencesPerText) {
                let part = dev[chunk..<min(dev.count, chunk + sentencesPerText)]
                let tokens = part.flatMap(\.tokens), tags = part.flatMap(\.tags)
                let (joined, ranges) = SentenceEvidence.text(of: tokens)
                var gold: [[String]] = []
                var i = 0
                while i < tags.count {
                    guard let type = tags[i].type else { i += 1; continue }
                    var j = i + 1
                    while j < tags.count, tags[j].isInside, tags[j].type == type { j += 1 }
                    gold.append([type.rawValue, String(ranges[i].start), String(ranges[j - 1].end)])
                    i = j
                }
                let record = Record(block: block, text: joined, gold: gold)
                lines.append(String(decoding: try encoder.encode(record), as: UTF8.self))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(lines.count) texts to \(out)")
    }
}
