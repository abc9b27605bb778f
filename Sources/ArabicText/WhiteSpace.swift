/// Unicode's `White_Space` property, answered without the property tables for ASCII and for
/// U+0100–U+167F (Arabic among them), which hold no white space; Swift's
/// `Unicode.Scalar.Properties.isWhitespace` for the rest. Callers test every scalar of a text.
public enum WhiteSpace {
    @inlinable
    public static func contains(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == " " || (s.value >= 0x09 && s.value <= 0x0D) }
        if s.value >= 0x0100 && s.value < 0x1680 { return false }
        return s.properties.isWhitespace
    }
}
