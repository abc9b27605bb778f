/// The month names of the date tagger's lexicons, for the entity passes: a "name" made of months
/// (`خلال شهري رجب وشعبان`) is a date, not a person, though `رجب` and `شعبان` are given names too.
public enum MonthNames {
    /// Whether `word`, as written, is a one-word Hijri month (`DateLexicon.hijriMonths`) or a
    /// Gregorian or Syriac month (`FunctionWords.months`).
    public static func isMonth(_ word: String) -> Bool {
        let key = WordKey(written: word)
        return DateLexicon.hijriMonths[key] != nil || EntityEvidence.hasClass(key.text, "month")
    }
}
