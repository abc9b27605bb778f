import ArabicText
import ArgumentParser
import EntityModel
import Foundation

/// Prints, for a text read from standard input, each token with the rules' tag and the model's
/// tag, then the mentions the recogniser keeps: to see why a name is found or missed.
struct TagText: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Show the rules' and the model's tags of each token of standard input.")
    @Option(help: "Weights (default: the shipped ones).") var weights: String?

    func run() throws {
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let model = try weights.map { try ModelWeights(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0)))) }
            ?? ModelWeights.shipped.orThrow()
        let recognizer = LearnedEntityRecognizer(weights: model, outsideBias: LearnedEntityRecognizer.shippedOutsideBias)
        for line in recognizer.explain(text) { print(line) }
        for m in recognizer.recognize(in: text) { print("\(m.type.rawValue)\t\(m.name)\t\(m.start)..<\(m.end)") }
    }
}

extension Optional {
    func orThrow() throws -> Wrapped {
        guard let self else { throw ValidationError("the shipped weights did not load") }
        return self
    }
}
