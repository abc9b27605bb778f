/// Where each document body's sentences start (the first word's index and byte offset), found
/// once when the index is built, so that snippets scan only the sentences they show rather
/// than the body up to its last match. Eight bytes a sentence.
struct SentenceTable: Sendable {
    /// Where each document's entries begin (documents + 1).
    private let starts: [UInt32]
    /// Per sentence, then one closing entry per document (the word count and the text length).
    private let words: [UInt32]
    private let bytes: [UInt32]

    /// The entries of a run of documents (the index's first pass makes them while it has each
    /// body decoded: `ScannedRun`).
    struct Run: Sendable {
        var words: [UInt32] = [], bytes: [UInt32] = []
        /// Where each document's entries end (run-relative).
        var ends: [Int] = []

        /// Adds the next document, given its body's UTF-8.
        mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) {
            var count = 0
            WordScanner.forEachWord(in: utf8) { word, breakBefore in
                if count == 0 || breakBefore {
                    words.append(UInt32(count))
                    bytes.append(UInt32(word.byteStart))
                }
                count += 1
                return true
            }
            words.append(UInt32(count))
            bytes.append(UInt32(utf8.count))
            ends.append(words.count)
        }
    }

    /// Scans the documents in runs on all cores, concatenated in order.
    init(documents: [IndexedDocument]) {
        let runLength = max(64, documents.count / 256)
        self.init(runs: ParallelRuns.map(count: (documents.count + runLength - 1) / runLength) { r in
            var run = Run()
            for document in documents[(r * runLength)..<min(documents.count, (r + 1) * runLength)] {
                var text = document.text
                text.withUTF8 { run.add($0) }
            }
            return run
        })
    }

    /// The runs' entries, concatenated in order.
    init(runs: [Run]) {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(runs.reduce(1) { $0 + $1.ends.count })
        var words: [UInt32] = [], bytes: [UInt32] = []
        words.reserveCapacity(runs.reduce(0) { $0 + $1.words.count })
        bytes.reserveCapacity(words.capacity)
        for run in runs {
            for end in run.ends { starts.append(UInt32(words.count + end)) }
            words += run.words
            bytes += run.bytes
        }
        self.starts = starts
        self.words = words
        self.bytes = bytes
    }

    /// The first word of each sentence of `doc`'s body, then its word count.
    func wordStarts(of doc: Int) -> ArraySlice<UInt32> {
        words[Int(starts[doc])..<Int(starts[doc + 1])]
    }

    /// The byte offset of each sentence of `doc`'s body, then its length.
    func byteStarts(of doc: Int) -> ArraySlice<UInt32> {
        bytes[Int(starts[doc])..<Int(starts[doc + 1])]
    }

    /// Bytes held, for memory reports.
    var byteCount: Int { 4 * (starts.count + words.count + bytes.count) }
}
