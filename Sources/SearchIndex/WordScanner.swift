import ArabicText

/// One word of a text, as `Tokenizer.forEachWord` delimits it: its scalar offsets (what
/// highlights count in) and its UTF-8 byte offsets (what snippet text is cut from).
struct WordSpan {
    var scalarStart: Int32
    var scalarEnd: Int32
    var byteStart: Int32
    var byteEnd: Int32
}

/// Walks a text's UTF-8 bytes once and finds the same words as `Tokenizer.forEachWord` and the
/// sentence ends between them, without first copying the text into an array of scalars;
/// the caller can stop early (snippets only need the text up to their last sentence).
enum WordScanner {
    /// The scalar starting at byte `i` of valid UTF-8 (Swift strings always are) and its length.
    @inline(__always)
    static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(utf8[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let value: UInt32, length: Int
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            length = 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            length = 3
        } else {
            value = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                | UInt32(utf8[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Bits of `classes`.
    static let wordBit: UInt8 = 1, ignorableBit: UInt8 = 2, sentenceEndBit: UInt8 = 4

    /// For every scalar of the Basic Multilingual Plane, the tokeniser's and the snippets'
    /// answers (`Tokenizer.isWordScalar`, `ArabicNormalizer.isIgnorable`,
    /// `SnippetBuilder.isSentenceEnd`) as bits, computed once: one load per scalar when scanning.
    static let classes: [UInt8] = (0..<0x10000).map { v in
        Unicode.Scalar(UInt32(v)).map(classify) ?? 0
    }

    /// The bits of one scalar, from the functions themselves.
    static func classify(_ s: Unicode.Scalar) -> UInt8 {
        (Tokenizer.isWordScalar(s) ? wordBit : 0) | (ArabicNormalizer.isIgnorable(s) ? ignorableBit : 0)
            | (SnippetBuilder.isSentenceEnd(s) ? sentenceEndBit : 0)
    }

    /// Calls `body` with each word and whether a sentence end (`SnippetBuilder.isSentenceEnd`)
    /// lies between it and the word before; stops when `body` returns false. `wordStart`, when
    /// given, is the byte offset of a word found by an earlier scan to resume from there
    /// (offsets stay relative to the whole text; scalar offsets count from there).
    static func forEachWord(in utf8: UnsafeBufferPointer<UInt8>, from wordStart: Int? = nil,
                            _ body: (WordSpan, _ sentenceBreakBefore: Bool) -> Bool) {
        classes.withUnsafeBufferPointer { table in
            forEachWord(in: utf8, from: wordStart, table: table, body)
        }
    }

    private static func forEachWord(in utf8: UnsafeBufferPointer<UInt8>, from wordStart: Int?,
                                    table: UnsafeBufferPointer<UInt8>, _ body: (WordSpan, Bool) -> Bool) {
        var i = wordStart ?? 0, scalarIndex: Int32 = 0
        // A known word start opens a word whatever its first scalar, as after a word scalar.
        var inWord = false, hasKey = false, previousIsWord = wordStart != nil
        var sentenceEndSeen = false, breakBefore = false
        var start = WordSpan(scalarStart: 0, scalarEnd: 0, byteStart: 0, byteEnd: 0)
        let n = utf8.count
        while i < n {
            let (s, length) = scalar(in: utf8, at: i)
            let bits = s.value < 0x10000 ? table[Int(s.value)] : classify(s)
            let isWord = bits & wordBit != 0
            let isIgnorable = bits & ignorableBit != 0
            if inWord {
                if isWord {
                    if !isIgnorable { hasKey = true }
                    i += length
                    scalarIndex += 1
                    continue
                }
                inWord = false
                if hasKey {
                    start.scalarEnd = scalarIndex
                    start.byteEnd = Int32(i)
                    guard body(start, breakBefore) else { return }
                    sentenceEndSeen = false
                }
            }
            // Outside a word: as in `Tokenizer.forEachWord`, a word may not open with an
            // ignorable scalar unless a word scalar precedes it.
            if isWord, previousIsWord || !isIgnorable {
                inWord = true
                hasKey = !isIgnorable
                breakBefore = sentenceEndSeen
                start = WordSpan(scalarStart: scalarIndex, scalarEnd: 0, byteStart: Int32(i), byteEnd: 0)
            } else if bits & sentenceEndBit != 0 {
                sentenceEndSeen = true
            }
            previousIsWord = isWord
            i += length
            scalarIndex += 1
        }
        if inWord, hasKey {
            start.scalarEnd = scalarIndex
            start.byteEnd = Int32(n)
            _ = body(start, breakBefore)
        }
    }
}
