import Foundation

/// The weights of the averaged perceptron: a row of `NERTag.count` scores per hashed feature,
/// transition scores between tags, and how often each word began a name in the training data
/// (to tell an attached clitic from a name's own first letter). Read-only once loaded.
public struct ModelWeights: Sendable {
    /// Adds up the scores of a sentence's features (it holds the table of each known feature's
    /// `NERTag.count` scores).
    let scorer: FeatureScorer
    /// Each known feature's `NERTag.count` scores.
    var table: FeatureTable { scorer.table }
    /// `(NERTag.count + 1) × NERTag.count`: row `NERTag.count` is the sentence start.
    public let transition: [Float]
    /// Normalised word (hashed) → times it started a name in training.
    let nameStarts: [UInt64: Int32]

    /// Weights from their parts (the trainer's output); the scores are quantised (`FeatureTable`).
    public init(features: [UInt64], emission: [Float], transition: [Float], nameStarts: [UInt64: Int32]) {
        precondition(emission.count == features.count * NERTag.count)
        self.init(table: FeatureTable(features: features, emission: emission), transition: transition, nameStarts: nameStarts)
    }

    /// Weights with `table` for the features' scores.
    init(table: FeatureTable, transition: [Float], nameStarts: [UInt64: Int32]) {
        precondition(transition.count == (NERTag.count + 1) * NERTag.count)
        self.scorer = FeatureScorer(table: table)
        self.transition = transition
        self.nameStarts = nameStarts
    }

    /// The number of features with weights.
    public var featureCount: Int { table.count }

    /// Adds the scores of `features` for every tag into `scores[offset..<offset + NERTag.count]`.
    @inline(__always)
    func score(_ tokenFeatures: [UInt64], into scores: UnsafeMutableBufferPointer<Float>, at offset: Int) {
        table.addScores(of: tokenFeatures, into: scores, at: offset)
    }

    /// How often the normalised word `key` began a name in the training data.
    public func nameStartCount(_ key: String) -> Int {
        Int(nameStarts[ModelWeights.nameKey(key)] ?? 0)
    }

    /// The hash under which `nameStarts` keeps a word.
    public static func nameKey(_ key: String) -> UInt64 { FeatureHash.of(100, FeatureHash.value(key)) }
}

extension ModelWeights {
    static let magic = Array("MARSAD-NER-2\n".utf8)

    /// Errors reading a weights file.
    public enum FormatError: Error { case badMagic, truncated }

    /// The binary form: magic, counts, the scores' scale, transitions, sorted feature hashes with
    /// their quantised rows (`Int16`), and the name-start counts; little-endian. (Format 1 held
    /// the rows as floats; round 13 quantised them.)
    public func serialized() -> [UInt8] {
        var out = ModelWeights.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        u32(UInt32(NERTag.count))
        let entries = table.quantizedEntries()
        u32(UInt32(entries.count))
        u32(UInt32(nameStarts.count))
        f32(table.scale)
        for v in transition { f32(v) }
        for (feature, scores) in entries {
            u64(feature)
            for v in scores { withUnsafeBytes(of: UInt16(bitPattern: v).littleEndian) { out.append(contentsOf: $0) } }
        }
        for (key, count) in nameStarts.sorted(by: { $0.key < $1.key }) {
            u64(key)
            u32(UInt32(count))
        }
        return out
    }

    /// Reads the binary form written by `serialized()`.
    public init(bytes: [UInt8]) throws {
        guard bytes.count >= ModelWeights.magic.count, Array(bytes.prefix(ModelWeights.magic.count)) == ModelWeights.magic else {
            throw FormatError.badMagic
        }
        var p = ModelWeights.magic.count
        func u32() throws -> UInt32 {
            guard p + 4 <= bytes.count else { throw FormatError.truncated }
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(bytes[p + k]) << (8 * k) }
            p += 4
            return v
        }
        func u64() throws -> UInt64 {
            let lo = UInt64(try u32()), hi = UInt64(try u32())
            return lo | hi << 32
        }
        func i16() throws -> Int16 {
            guard p + 2 <= bytes.count else { throw FormatError.truncated }
            defer { p += 2 }
            return Int16(bitPattern: UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8)
        }
        guard try u32() == UInt32(NERTag.count) else { throw FormatError.badMagic }
        let featureCount = Int(try u32()), nameCount = Int(try u32())
        let scale = Float(bitPattern: try u32())
        var transition: [Float] = []
        for _ in 0..<((NERTag.count + 1) * NERTag.count) { transition.append(Float(bitPattern: try u32())) }
        guard featureCount <= (bytes.count - p) / (8 + 2 * NERTag.count) else { throw FormatError.truncated }
        var features: [UInt64] = []
        features.reserveCapacity(featureCount)
        var quantized: [Int16] = []
        quantized.reserveCapacity(featureCount * NERTag.count)
        for _ in 0..<featureCount {
            features.append(try u64())
            for _ in 0..<NERTag.count { quantized.append(try i16()) }
        }
        var names: [UInt64: Int32] = [:]
        for _ in 0..<nameCount {
            let key = try u64()
            names[key] = Int32(try u32())
        }
        self.init(table: FeatureTable(features: features, quantized: quantized, scale: scale),
                  transition: transition, nameStarts: names)
    }

    /// Where the shipped weights are looked for, in order: `MARSAD_NER_WEIGHTS`; the resource
    /// bundle SwiftPM places beside the executable; the source tree this file was built from.
    /// (`Bundle.module` is not used: it stops the process when the bundle is missing, as in a
    /// container that copies only the binary.)
    public static var shippedLocations: [String] {
        var paths: [String] = []
        if let path = ProcessInfo.processInfo.environment["MARSAD_NER_WEIGHTS"], !path.isEmpty { paths.append(path) }
        if let executable = Bundle.main.executableURL?.deletingLastPathComponent() {
            paths.append(executable.appendingPathComponent("Marsad_EntityModel.resources/ner-weights.bin").path)
        }
        paths.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/ner-weights.bin").path)
        return paths
    }

    /// The text of the file `name` beside the first shipped-weights location that holds it
    /// (the lists the model reads: `known-names.tsv`, `person-name-words.txt`); nil when none does.
    static func textBesideShippedWeights(_ name: String) -> String? {
        for weights in shippedLocations {
            let path = URL(fileURLWithPath: weights).deletingLastPathComponent().appendingPathComponent(name).path
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) { return text }
        }
        return nil
    }

    /// The weights shipped with Marsad (`Resources/ner-weights.bin`), read once; nil when no
    /// location holds a readable file (the rules alone are used then; the server says so).
    public static let shipped: ModelWeights? = {
        for path in shippedLocations {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            if let weights = try? ModelWeights(bytes: [UInt8](data)) { return weights }
        }
        return nil
    }()
}
