import ArabicText
import ArgumentParser
import EntityModel
import Foundation

/// Writes everything the rules give the model for each article of a JSONL file — tokens and
/// their keys, the rule mentions with their strengths, each token's rule and model tag, the
/// model's mentions, the lexicon classes and clitic readings of every distinct word, the dates —
/// to a file outside the repository: a golden record to compare byte for byte after a change
/// meant to make the rules faster without changing what they find.
struct RuleDump: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rule-dump", abstract: "Write the rules' output on real articles, to compare before and after a change.")
    @Option(help: "Articles, one JSON object a line with `text` (and `title`).")
    var articles = "../shared/data/saudinewsnet/articles.jsonl.gz"
    @Option(help: "Read at most this many articles.") var limit = 3000
    @Option(help: "Where to write (keep it outside the repository).") var out = "/tmp/rulespeed-golden.txt"
    @Flag(help: "Leave out the model's tags and mentions (faster).") var rulesOnly = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: articles) else {
            print("skipped: \(articles) is not there")
            return
        }
        let texts = try ReadThrough.load(articles, limit: limit)
        guard let learned = LearnedEntityRecognizer.shipped else { throw ValidationError("the shipped weights did not load") }
        FileManager.default.createFile(atPath: out, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: out) else { throw ValidationError("cannot write \(out)") }
        defer { try? handle.close() }
        var keys = Set<String>()
        let tagger = DateTagger()
        for (n, text) in texts.enumerated() {
            var lines = ["# article \(n)"]
            for t in Tokenizer.tokens(in: text) {
                lines.append("t \(t.start) \(t.end) \(t.text) \(t.normalized)")
                keys.insert(t.normalized)
                keys.insert(ArabicNormalizer.normalize(t.text))
            }
            for (m, strength) in EntityEvidence.ruleMentions(in: text) {
                lines.append("r \(m.start) \(m.end) \(m.type.rawValue) \(strength) \(m.name) | \(m.role ?? "-")")
            }
            for m in EntityRecognizer().recognize(in: text) {
                lines.append("p \(m.start) \(m.end) \(m.type.rawValue) \(m.name) | \(m.role ?? "-")")
            }
            for d in tagger.tag(text) { lines.append("d \(d)") }
            for d in tagger.tag(text, anchor: TemporalValue(year: 2015, month: 6, day: 10, precision: .day)) { lines.append("D \(d)") }
            if !rulesOnly {
                lines += learned.explain(text).map { "x " + $0 }
                for m in learned.recognize(in: text) {
                    lines.append("m \(m.start) \(m.end) \(m.type.rawValue) \(m.name) | \(m.role ?? "-")" + (m.isLocal ? " | local" : ""))
                }
            }
            handle.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        var lines: [String] = []
        for key in keys.sorted() {
            lines.append("k \(key) | \(EntityEvidence.classes(of: key).joined(separator: ",")) | "
                         + EntityEvidence.procliticKeys(ofNormalized: key).joined(separator: ",")
                         + " | \(EntityEvidence.isNeverAnEntity(key)) \(EntityEvidence.isGovernmentHead(key)) \(EntityEvidence.isNationalInstitution(key))")
            for r in EntityEvidence.procliticReadings(of: key) { lines.append("R \(r.key) \(r.skip) \(r.restoresArticle)") }
        }
        handle.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
