/// The parts of an organisation's name after its head and adjectives: a prepositional
/// complement of its field (`للانتخابات`، `لحقوق الإنسان`) and coordinated genitives
/// (`هيئة كهرباء ومياه دبي`).
extension OrganizationRule {
    /// A `لل`/`لـ` complement at token `t` whose noun is a field noun: true (open) when the noun is
    /// indefinite and so expects a genitive after it (`لشؤون اللاجئين`, `لدول غرب أفريقيا`).
    static func complement(_ view: TextView, at t: Int) -> Bool? {
        let fields = OrganizationLexicon.fieldNouns
        if let f = view.forms[t].first(where: \.restoresArticle), fields.contains(String(f.key.dropFirst(2))) {
            return false
        }
        guard KeyAffixes.hasPrefix(view.tokens[t].normalized, "ل"), !KeyAffixes.hasPrefix(view.tokens[t].normalized, "لل"),
              let f = view.forms[t].first(where: { $0.skip > 0 && $0.classes.contains(.fieldNoun) }), f.key.count >= 3,
              t + 1 < view.tokens.count, !view.breakAfter[t],
              view.isDefinite(t + 1) || view.place(at: t + 1) != nil || coordinated(view, at: t + 1)
        else { return nil }
        return true
    }

    /// Whether token `t` is `و` + an indefinite noun with a genitive right after it, coordinating
    /// the genitive or the construct noun before it (`ومياه دبي`، `وديمقراطية الشعوب`، `وتشغيل اللاجئين`).
    static func coordinated(_ view: TextView, at t: Int) -> Bool {
        let key = view.tokens[t].normalized
        guard KeyAffixes.hasPrefix(key, "و"), !KeyAffixes.hasPrefix(key, "وال"), t + 1 < view.tokens.count, !view.breakAfter[t],
              (view.facts[t].flags.contains(.plain) ? PlainKey.letterCount(key) ?? 0 : key.count) >= 4 else { return false }
        let rest = view.facts[t].flags.contains(.plain) ? String(decoding: key.utf8.dropFirst(2), as: UTF8.self) : String(key.dropFirst())
        let classes = LexiconClasses.of(rest)
        guard classes.isDisjoint(with: [.functionWord, .title, .constructHead, .arabicGiven, .gazetteerEntry]),
              !FunctionWords.containsWithPronoun(rest) else { return false }
        let next = t + 1
        if let hit = view.place(at: next), hit.form.skip == 0 { return true }
        return view.isDefinite(next) && !view.isFunctionWord(next) && !view.isDemonym(next) && view.titleForm(next) == nil
    }

    /// Whether `key` is a unit's number (1–999).
    static func isSmallNumber(_ key: String) -> Bool {
        (1...3).contains(key.count) && key.unicodeScalars.allSatisfy { (0x30...0x39).contains($0.value) }
    }

    /// Whether token `t` reads as a definite adjective: a nisba or feminine ending
    /// (`المتحدة`، `الشمسية`، `الفلسطينيين`) or the أفعل pattern of colours (`الأحمر`).
    static func looksAdjectival(_ view: TextView, _ t: Int) -> Bool {
        let key = view.tokens[t].normalized
        guard view.isDefinite(t), !view.isFunctionWord(t) else { return false }
        if view.isDemonym(t) { return true }
        if KeyAffixes.hasSuffix(key, "ي") || KeyAffixes.hasSuffix(key, "ه") || KeyAffixes.hasSuffix(key, "يين") || KeyAffixes.hasSuffix(key, "يون") { return true }
        return KeyAffixes.hasPrefix(key, "الا") && key.count == 6
    }
}
