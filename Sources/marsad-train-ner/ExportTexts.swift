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
        var records: [Record] = []
        if let markup {
            for paragraph in try String(contentsOfFile: markup, encoding: .utf8).split(separator: "\n") where !paragraph.isEmpty {
                let (text, spans) = LabelledMarkup.strip(String(paragraph))
                records.append(Record(block: 0, text: text, gold: spans.map { [$0.type.rawValue, String($0.start), String($0.end)] }))
            }
        } else {
            let sentences = LabelledCorpus.read(try String(contentsOfFile: data, encoding: .utf8))
            for block in 0..<10 {
                let dev = LabelledCorpus.split(sentences, devFraction: 0.1, block: block).dev
                for chunk in stride(from: 0, to: dev.count, by: sentencesPerText) {
                    let part = dev[chunk..<min(dev.count, chunk + sentencesPerText)]
                    let (text, ranges) = SentenceEvidence.text(of: part.flatMap(\.tokens))
                    let gold = SpanScore.spans(of: part.flatMap(\.tags), ranges: ranges)
                    records.append(Record(block: block, text: text, gold: gold.map { [$0.type.rawValue, String($0.start), String($0.end)] }))
                }
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(lines.count) texts to \(out)")
    }
}
