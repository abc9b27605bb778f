import ArabicText

/// What the features read of one token, worked out once per distinct word of a text: the
/// fingerprints of its surface form, normalised key, clitic-stripped keys, affixes, shape and
/// lexicon classes (the features themselves combine these with a template and the neighbours').
/// A class: texts share one instance per word, and passing it around costs one reference.
final class TokenFacts {
    /// Surface form (diacritics and joiners removed; `علي` and `على` stay apart).
    let surface: UInt64
    let key: UInt64
    /// The last stripped key, or the key: the word without its clitics.
    let base: UInt64
    let shape: UInt64
    /// The lists below, one after the other in one array (one allocation a word, not five:
    /// a worker remembers tens of thousands of words), and where each but the last ends.
    private let lists: [UInt64]
    private let strippedEnd, classesEnd, basePrefixesEnd, baseSuffixesEnd: UInt16
    /// Keys after stripping proclitics (`وبالعراق` → `العراق`…).
    var stripped: ArraySlice<UInt64> { lists[0 ..< Int(strippedEnd)] }
    /// Lexicon classes of the key (`c:…`) and of each stripped reading (`s:…`).
    var classes: ArraySlice<UInt64> { lists[Int(strippedEnd) ..< Int(classesEnd)] }
    /// Prefixes (1–3, 4) and suffixes (1–3, 4) of the base; prefixes (1–2) of the whole key.
    var basePrefixes: ArraySlice<UInt64> { lists[Int(classesEnd) ..< Int(basePrefixesEnd)] }
    var baseSuffixes: ArraySlice<UInt64> { lists[Int(basePrefixesEnd) ..< Int(baseSuffixesEnd)] }
    var keyPrefixes: ArraySlice<UInt64> { lists[Int(baseSuffixesEnd)...] }
    /// Suffix of 2 and 3 and prefix of 2 and 3 of the base, read by the neighbours' features.
    let suffix2: UInt64, suffix3: UInt64?, prefix2: UInt64, prefix3: UInt64?
    /// The summed scores of the word's one-word features, once the model has scored it
    /// (`FeatureScorer`), and the table they are of (nil: not yet scored). The sums are plain
    /// floats, read in place by the scorer (no copy of them a token).
    var sums = WordSums.zero
    var sumsTable: FeatureTable.Identity?

    static let none = FeatureHash.value("<s>")
    /// The class of a word of a person's name (`WordList.personNameWords`), whole or after a proclitic.
    static let nameWordClass = FeatureHash.value("c:nameWord"), strippedNameWordClass = FeatureHash.value("s:nameWord")
    /// The class of a common word of the language (`WordList.commonWords`), whole or after a proclitic.
    static let commonWordClass = FeatureHash.value("c:commonWord"), strippedCommonWordClass = FeatureHash.value("s:commonWord")

    init(_ text: String) {
        // The fingerprint of the word without harakat, tatweel and joiners (no string is made).
        surface = FeatureHash.value(scalars: text.unicodeScalars.lazy.filter { s in
            let v = s.value
            return !((0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 || v == 0x200C || v == 0x200D)
        })
        let key = ArabicNormalizer.normalize(text)
        self.key = FeatureHash.value(key)
        let strippedKeys = EntityEvidence.procliticKeys(ofNormalized: key)
        let stripped = strippedKeys.map(FeatureHash.value)
        shape = FeatureHash.value(TokenFacts.shape(of: text))
        var classes = EntityEvidence.classes(of: key).map { FeatureHash.value("c:", $0) }
        let names = WordList.personNameWords, common = WordList.commonWords
        if names.contains(self.key) { classes.append(TokenFacts.nameWordClass) }
        if common.contains(self.key) { classes.append(TokenFacts.commonWordClass) }
        var strippedCommon = false
        for (reading, fingerprint) in zip(strippedKeys, stripped) {
            classes += EntityEvidence.classes(of: reading).map { FeatureHash.value("s:", $0) }
            if names.contains(fingerprint) { classes.append(TokenFacts.strippedNameWordClass) }
            if !strippedCommon, common.contains(fingerprint) { strippedCommon = true }
        }
        if strippedCommon { classes.append(TokenFacts.strippedCommonWordClass) }
        let wiki = WikiNameWords.shipped
        classes += wiki.classFingerprints(of: self.key, wiki.own)
        for fingerprint in stripped { classes += wiki.classFingerprints(of: fingerprint, wiki.stripped) }
        let baseKey = strippedKeys.last ?? key
        base = FeatureHash.value(baseKey)
        let scalars = Array(baseKey.unicodeScalars)
        var basePrefixes: [UInt64] = [], baseSuffixes: [UInt64] = []
        for k in [1, 2, 3, 4] where scalars.count > k {
            basePrefixes.append(FeatureHash.mix(UInt64(k), FeatureHash.value(scalars: scalars.prefix(k))))
            baseSuffixes.append(FeatureHash.mix(UInt64(k), FeatureHash.value(scalars: scalars.suffix(k))))
        }
        let whole = Array(key.unicodeScalars)
        var keyPrefixes: [UInt64] = []
        for k in [1, 2] where whole.count > k {
            keyPrefixes.append(FeatureHash.mix(UInt64(k), FeatureHash.value(scalars: whole.prefix(k))))
        }
        var lists: [UInt64] = []
        lists.reserveCapacity(stripped.count + classes.count + basePrefixes.count + baseSuffixes.count + keyPrefixes.count)
        lists += stripped
        strippedEnd = UInt16(lists.count)
        lists += classes
        classesEnd = UInt16(lists.count)
        lists += basePrefixes
        basePrefixesEnd = UInt16(lists.count)
        lists += baseSuffixes
        baseSuffixesEnd = UInt16(lists.count)
        lists += keyPrefixes
        self.lists = lists
        suffix2 = FeatureHash.value(scalars: scalars.suffix(2))
        prefix2 = FeatureHash.value(scalars: scalars.prefix(2))
        suffix3 = scalars.count > 3 ? FeatureHash.value(scalars: scalars.suffix(3)) : nil
        prefix3 = scalars.count > 3 ? FeatureHash.value(scalars: scalars.prefix(3)) : nil
    }

    /// A coarse shape: script, digits, punctuation and a length bucket.
    static func shape(of text: String) -> String {
        var latin = false, arabic = false, digit = false, other = false, lower = false
        var count = 0
        for s in text.unicodeScalars {
            count += 1
            let v = s.value
            if (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) { digit = true }
            else if (0x41...0x5A).contains(v) { latin = true }
            else if (0x61...0x7A).contains(v) { latin = true; lower = true }
            else if (0x0600...0x06FF).contains(v) || (0xFB50...0xFEFF).contains(v) { arabic = true }
            else { other = true }
        }
        var shape = ""
        if arabic { shape += "A" }
        if latin { shape += lower ? "l" : "L" }
        if digit { shape += "D" }
        if other { shape += "P" }
        shape += count <= 2 ? "1" : count <= 4 ? "2" : count <= 7 ? "3" : "4"
        return shape
    }
}
