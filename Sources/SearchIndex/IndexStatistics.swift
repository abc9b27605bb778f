/// Sizes of an index's postings, for memory reports: a posting is one (key, document) pair.
public struct IndexStatistics: Sendable {
    /// Stem keys.
    public var keys: Int
    /// (key, document) pairs.
    public var postings: Int
    /// Token positions over all postings.
    public var positions: Int
    /// Bytes of the posting store (storage and key offsets).
    public var postingBytes: Int
    /// Bytes of the sentence table snippets use.
    public var sentenceBytes: Int
    /// Bytes of the ranking bounds (`BlockBounds`: blocks and a byte a posting).
    public var boundBytes: Int
    /// Bytes of the vocabulary (`TermVocabulary`: words, stems and their tables).
    public var vocabularyBytes: Int = 0
    /// Bytes of the spelling suggester's own tables (`SpellingSuggester`).
    public var suggesterBytes: Int = 0
    /// Joined compound pairs (`ابو X`) and the bytes of their dictionary, estimated (16 a bucket).
    public var joinedStems: Int = 0
    public var joinedStemBytes: Int = 0

    /// Posting-store bytes per posting.
    public var bytesPerPosting: Double { postings == 0 ? 0 : Double(postingBytes) / Double(postings) }
}

extension InvertedIndex {
    /// The sizes of this index's postings.
    public var statistics: IndexStatistics {
        var postings = 0, positions = 0
        stemPostings.storage.withUnsafeBufferPointer { storage in
            for key in 0..<stemPostings.count {
                let layout = stemPostings[UInt32(key)].layout
                postings += layout.count
                for i in 0..<layout.count {
                    var decoder = layout.decoder(storage.baseAddress!, i)
                    positions += decoder.count()
                }
            }
        }
        let storageWords = stemPostings.storage.count
        return IndexStatistics(keys: stemPostings.count, postings: postings, positions: positions,
                               postingBytes: 4 * (storageWords + stemPostings.offsets.count),
                               sentenceBytes: sentences.byteCount, boundBytes: stemBlocks.byteCount,
                               vocabularyBytes: vocabulary.byteCount, suggesterBytes: suggester.byteCount,
                               joinedStems: joinedStems.count, joinedStemBytes: 16 * joinedStems.capacity)
    }
}
