// libFuzzer target for the Arabic analysers, compiled into the ArabicText module by
// scripts/fuzz.sh. The input is read as UTF-8 (invalid bytes become U+FFFD) and run through
// every analyser; offsets they return must lie inside the text.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArabicText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    let normalized = ArabicNormalizer.normalize(text)
    for token in Tokenizer.tokens(in: normalized) {
        _ = ArabicStemmer.stem(token.normalized)
        precondition(token.start >= 0 && token.start <= token.end, "token range inverted")
    }
    _ = ArabicStemmer.stem(normalized)
    for mention in EntityRecognizer().recognize(in: text) {
        precondition(mention.start >= 0 && mention.end <= scalarCount && mention.start <= mention.end,
                     "entity span out of range")
    }
    let tagger = DateTagger()
    for mention in tagger.tag(text) {
        precondition(mention.start >= 0 && mention.end <= scalarCount && mention.start <= mention.end,
                     "date span out of range")
    }
    _ = tagger.estimateAnchor(text)
    return 0
}
