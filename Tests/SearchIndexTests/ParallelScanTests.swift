import Testing
@testable import SearchIndex

/// The index's first pass runs in runs on all cores; merged in order, the runs must give the
/// very vocabulary (ids, counts, stems) and postings of one pass over the documents in turn.
@Suite struct ParallelScanTests {
    /// The seeds cut into many small documents (a paragraph each), so that there are many runs.
    static let documents: [IndexedDocument] = SeedCorpus.documents.flatMap { d in
        d.text.split(separator: "\n").enumerated().map { i, p in
            IndexedDocument(id: "\(d.id)-\(i)", title: i == 0 ? d.title : "", text: String(p))
        }
    }

    func built(runLength: Int) -> IndexBuilder.Built {
        var builder = IndexBuilder(parameters: RankingParameters())
        builder.scan(Self.documents, runLength: runLength)
        return builder.build()
    }

    @Test(arguments: [1, 3, 17])
    func runsGiveWhatOnePassGives(runLength: Int) {
        #expect(Self.documents.count > 2 * 17)
        let one = built(runLength: Self.documents.count)
        let runs = built(runLength: runLength)
        #expect(runs.vocabulary.words.all == one.vocabulary.words.all)
        #expect(runs.vocabulary.counts == one.vocabulary.counts)
        #expect(runs.vocabulary.stems == one.vocabulary.stems)
        #expect(runs.vocabulary.stemIDs.all == one.vocabulary.stemIDs.all)
        #expect(runs.vocabulary.otherStems == one.vocabulary.otherStems)
        #expect(runs.vocabulary.splitStems == one.vocabulary.splitStems)
        #expect(runs.vocabulary.variants == one.vocabulary.variants)
        #expect(runs.joinedStems == one.joinedStems)
        #expect(runs.stemPostings.storage == one.stemPostings.storage)
        #expect(runs.stemPostings.offsets == one.stemPostings.offsets)
        #expect(runs.documentLengths == one.documentLengths)
        #expect(runs.titleCounts == one.titleCounts)
        // The sentence table made in the same pass is the one scanned on its own.
        let alone = SentenceTable(documents: Self.documents)
        for d in Self.documents.indices {
            #expect(Array(runs.sentences.wordStarts(of: d)) == Array(alone.wordStarts(of: d)))
            #expect(Array(runs.sentences.byteStarts(of: d)) == Array(alone.byteStarts(of: d)))
        }
        #expect(runs.sentences.byteCount == alone.byteCount)
    }
}

extension ParallelScanTests {
    /// The sentence table, also built in runs, gives each document its own sentences.
    @Test func sentenceTableRunsKeepEachDocumentsSentences() {
        let documents = Array(repeating: Self.documents, count: 3).flatMap { $0 }
        #expect(documents.count > 2 * 64)  // more than one run of 64
        let table = SentenceTable(documents: documents)
        for (d, document) in documents.enumerated() {
            let alone = SentenceTable(documents: [document])
            #expect(Array(table.wordStarts(of: d)) == Array(alone.wordStarts(of: 0)))
            #expect(Array(table.byteStarts(of: d)) == Array(alone.byteStarts(of: 0)))
        }
    }
}
