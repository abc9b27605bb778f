import ArabicText
/// Placeholder.
public enum CorpusPlaceholder {}
