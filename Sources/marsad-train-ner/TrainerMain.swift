import ArabicText
import ArgumentParser
import EntityModel
import Foundation

/// Trains Marsad's entity model and measures it. Reproducible: the same data and options give
/// byte-identical weights.
@main
struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad-train-ner",
        abstract: "Train the entity model on ANERcorp (+ the repo's labelled paragraphs) and evaluate it.",
        subcommands: [Train.self, Evaluate.self, ReadThrough.self, TagText.self, RuleDump.self, ExportTexts.self])
}

struct DataOptions: ParsableArguments {
    @Option(help: "ANERcorp training portion (token TAG lines).")
    var data = "../shared/data/anercorp/train.txt"
    @Option(help: "The project's own labelled paragraphs, [[TYPE:…]] markup (repeatable; a missing file is skipped).")
    var extra = ["Sources/marsad-train-ner/Resources/marsad-labelled.txt",
                 "Sources/marsad-train-ner/Resources/marsad-labelled-2.txt",
                 "Sources/marsad-train-ner/Resources/marsad-labelled-3.txt",
                 "Sources/marsad-train-ner/Resources/marsad-labelled-4.txt",
                 "Sources/marsad-train-ner/Resources/marsad-labelled-5.txt",
                 "Sources/marsad-train-ner/Resources/marsad-labelled-6.txt",
                 "Sources/marsad-train-ner/Resources/marsad-labelled-7.txt",
                 "Sources/marsad-train-ner/Resources/marsad-labelled-8.txt"]
    @Option(help: "Fraction of ANERcorp held out as the development split (its last contiguous block).")
    var devFraction = 0.1
    @Option(help: "Which contiguous block of that size is the development split (0 = the first; default: the last).")
    var devBlock: Int?

    /// ANERcorp's two parts and each `--extra` file's sentences, in the order given.
    func load() throws -> (train: [LabelledSentence], dev: [LabelledSentence], extra: [[LabelledSentence]]) {
        let text = try String(contentsOfFile: data, encoding: .utf8)
        let (train, dev) = LabelledCorpus.split(LabelledCorpus.read(text), devFraction: devFraction, block: devBlock)
        let extras = extra.map { MarkedParagraphs.read((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "") }
        return (train, dev, extras)
    }
}

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train and write the weights.")
    @OptionGroup var data: DataOptions
    @Option(help: "Where to write the weights.") var out = "Sources/EntityModel/Resources/ner-weights.bin"
    @Option(help: "Passes over the data.") var epochs = 15
    @Option(help: "Drop features whose largest averaged weight is below this.") var minimumWeight: Float = 0.5
    @Flag(help: "Train on everything, the development split included (the shipped weights).") var all = false
    @Option(help: "Times each --extra file's paragraphs are repeated in training, in the same order (the last figure serves the files after it; they teach Marsad's conventions).")
    var extraRepeat = [3, 2, 1]
    @Option(help: "Seed of the shuffling between passes (another seed measures how much a figure owes to the order).")
    var seed: UInt64 = 5
    @Option(help: "Runs, each over the data in another order, whose averaged weights are averaged (1: a single run).")
    var shufflings = 5
    @Flag(help: "Keep ANERcorp's conventions (no relabelling of government bodies as organisations).")
    var anercorpConventions = false
    @Option(help: "Copies of ANERcorp's sentences with every name swapped for another of its type (mention replacement; 0: none).")
    var replacementCopies = 0
    @Option(help: "With --replacement-copies: how many of the --shufflings runs see the copies (the others train without them; their weights are mixed).")
    var replacementRuns = Int.max
    @Option(help: "How many of the --shufflings runs see the last --extra file (the others train without it; their weights are mixed).")
    var lastExtraRuns = Int.max
    @Flag(help: "Train a linear-chain CRF (SGD, L2) instead of the averaged perceptron; --epochs passes.")
    var crf = false
    @Option(help: "With --crf: the L2 penalty's weight.") var c2 = 1.0
    @Option(help: "With --crf: the first learning rate (it decays as 1 / (1 + passes)).") var eta = 0.1
    @Option(help: "With --crf: drop features whose largest weight is below this.") var crfMinimum: Float = 0.01

    func run() throws {
        let (train, dev, extra) = try data.load()
        var anercorp = train + (all ? dev : [])
        if !anercorpConventions { anercorp = anercorp.map(Conventions.governmentBodiesAsOrganizations) }
        var sentences = anercorp
        var beforeLastExtra = sentences.count
        for (k, file) in extra.enumerated() {
            let times = extraRepeat.isEmpty ? 1 : extraRepeat[min(k, extraRepeat.count - 1)]
            beforeLastExtra = sentences.count
            sentences += Array(repeatElement(file, count: times).joined())
        }
        // The copies with other names come last: runs that do not see them read the rest alone.
        let unaugmented = sentences.count
        sentences += MentionReplacement.augmented(anercorp, copies: replacementCopies, seed: seed)
        print("training on \(sentences.count) sentences (\(sentences.reduce(0) { $0 + $1.tokens.count }) tokens)\(all ? ", development split included" : "")")
        var perceptron = AveragedPerceptron()
        var extractor = FeatureExtractor()
        let examples = sentences.map { s in
            AveragedPerceptron.Example(rows: perceptron.index(extractor.features(of: s.tokens, ruleTags: SentenceEvidence.ruleTags(of: s.tokens))),
                                       gold: s.tags)
        }
        print("\(perceptron.rows.count) features")
        var nameStarts: [UInt64: Int32] = [:]
        for s in sentences {
            for (i, tag) in s.tags.enumerated() where tag.isBegin {
                nameStarts[ModelWeights.nameKey(ArabicNormalizer.normalize(s.tokens[i])), default: 0] += 1
            }
        }
        if crf {
            let repaired = examples.map { AveragedPerceptron.Example(rows: $0.rows, gold: LinearChainCRF.repaired($0.gold)) }
            var model = LinearChainCRF(rowCount: perceptron.rows.count)
            var generator = SeededGenerator(state: seed)
            var order = Array(repaired.indices)
            var step = 0
            for e in 1...epochs {
                order.shuffle(using: &generator)
                let loss = model.epoch(repaired, order: order, step: &step, eta0: eta, c2: c2)
                print("epoch \(e): negative log-likelihood \(Int(loss))")
            }
            let weights = model.weights(rows: perceptron.rows, minimum: crfMinimum, nameStarts: nameStarts)
            let bytes = weights.serialized()
            try Data(bytes).write(to: URL(fileURLWithPath: out))
            print("wrote \(out): \(weights.featureCount) features, \(bytes.count) bytes")
            return
        }
        var runs: [AveragedPerceptron] = []
        for k in 0..<max(1, shufflings) {
            // Run k shuffles with its own seed; run 0 with `seed` itself (one run = the old training).
            var generator = SeededGenerator(state: seed &+ UInt64(k) &* 0x9E37_79B9)
            var order = Array(k < replacementRuns ? examples.indices : examples.indices.prefix(unaugmented))
            if k >= lastExtraRuns { order.removeAll { (beforeLastExtra..<unaugmented).contains($0) } }
            var run = perceptron
            for e in 1...epochs {
                order.shuffle(using: &generator)
                let mistakes = run.epoch(examples, order: order)
                print("run \(k + 1), epoch \(e): \(mistakes) sentences wrong")
            }
            runs.append(run)
        }
        let weights = AveragedPerceptron.mixed(runs, minimum: minimumWeight, nameStarts: nameStarts)
        let bytes = weights.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print("wrote \(out): \(weights.featureCount) features, \(bytes.count) bytes")
    }
}

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score the rules and the model on the development split.")
    @OptionGroup var data: DataOptions
    @Option(help: "Weights to evaluate (trained without the development split).") var weights = "/tmp/ner-dev.bin"
    @Option(help: "Sentences joined into one text, as a paragraph would be.") var sentencesPerText = 4
    @Flag(help: "Print each wrong mention.") var errors = false
    @Flag(help: "With --errors: print each text that has an error before its errors.") var errorTexts = false
    @Option(help: "Subtracted from the outside tag's score.") var outsideBias: Float = LearnedEntityRecognizer.shippedOutsideBias
    @Flag(help: "No propagation of found names to their recurrences.") var noPropagation = false
    @Option(help: "Weakest rule strength kept over the model (999: the model decides everything).")
    var keptRuleStrength = LearnedEntityRecognizer.shippedKeptRuleStrength
    @Option(help: "Weakest rule strength kept even where the model sees no entity.")
    var alwaysKeptRuleStrength = LearnedEntityRecognizer.shippedAlwaysKeptRuleStrength
    @Option(help: "Rule strengths never kept over the model (comma-separated; default: the shipped set).")
    var excluded: String?
    @Flag(help: "Without the list of well-known names (Resources/known-names.tsv).") var noKnownNames = false
    @Flag(help: "Score the model's government bodies as ANERcorp does (untagged): they are left out of the predictions.")
    var withoutGovernmentBodies = false

    func run() throws {
        let (_, dev, _) = try data.load()
        let model = try ModelWeights(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: weights))))
        var learned = LearnedEntityRecognizer(weights: model, outsideBias: outsideBias, propagates: !noPropagation,
                                              keptRuleStrength: keptRuleStrength, alwaysKeptRuleStrength: alwaysKeptRuleStrength)
        if let excluded { learned.excludedRuleStrengths = Set(excluded.split(separator: ",").compactMap { Int($0) }) }
        if noKnownNames { learned.knownNames = .empty }
        let recognizers: [(String, any EntityRecognizing)] = [
            ("rules alone (EntityRecognizer)", EntityRecognizer()),
            ("model + rules (LearnedEntityRecognizer)", learned),
        ]
        for (title, recognizer) in recognizers {
            var score = SpanScore()
            var tokens = 0
            let clock = ContinuousClock()
            var elapsed = Duration.zero
            for chunk in stride(from: 0, to: dev.count, by: sentencesPerText) {
                let part = dev[chunk..<min(dev.count, chunk + sentencesPerText)]
                let allTokens = part.flatMap(\.tokens), allTags = part.flatMap(\.tags)
                tokens += allTokens.count
                let (text, ranges) = SentenceEvidence.text(of: allTokens)
                let gold = SpanScore.spans(of: allTags, ranges: ranges)
                var found: [EntityMention] = []
                elapsed += clock.measure { found = recognizer.recognize(in: text) }
                let predicted = found.filter { !withoutGovernmentBodies || !LearnedEntityRecognizer.isGovernmentBody($0) }
                    .map { SpanScore.Span(type: $0.type, start: $0.start, end: $0.end) }
                let scalars = Array(text.unicodeScalars)
                score.add(gold: gold, predicted: predicted, scalars: scalars)
                if errors {
                    func show(_ s: SpanScore.Span) -> String { String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
                    let wrong = predicted.contains { p in !gold.contains { SpanScore.leniently($0, p, scalars) && $0.type == p.type } }
                        || gold.contains { g in !predicted.contains { SpanScore.leniently(g, $0, scalars) && $0.type == g.type } }
                    if errorTexts && wrong { print("  TEXT \(text)") }
                    for p in predicted where !gold.contains(where: { SpanScore.leniently($0, p, scalars) }) { print("  FP \(p.type.rawValue) «\(show(p))»") }
                    for g in gold where !predicted.contains(where: { SpanScore.leniently(g, $0, scalars) }) { print("  FN \(g.type.rawValue) «\(show(g))»") }
                    for g in gold {
                        if let p = predicted.first(where: { SpanScore.leniently(g, $0, scalars) }), p.type != g.type {
                            print("  TY \(g.type.rawValue) → \(p.type.rawValue) «\(show(g))»")
                        }
                    }
                }
            }
            print(score.report(title))
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(String(format: "  %d tokens in %.2f s: %.0f tokens/s", tokens, seconds, Double(tokens) / seconds))
        }
    }
}
