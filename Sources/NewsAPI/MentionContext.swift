/// A few words either side of a mention, as the entity page shows it in context (the same rule
/// as `contextAround` in `Public/js/text.js`): up to `words` words each way, never across a line
/// break, runs of white space as one space, `… ` / ` …` where the text was cut.
struct MentionContext: Equatable {
    var before: String
    var after: String

    /// The context of the scalars `start..<end` of `text`.
    init(_ text: [Unicode.Scalar], start: Int, end: Int, words: Int) {
        let start = max(0, min(start, text.count)), end = max(start, min(end, text.count))
        func isSpace(_ i: Int) -> Bool { i >= 0 && i < text.count && text[i].properties.isWhitespace }
        var from = start, seen = 0
        while from > 0 {
            if isSpace(from - 1) && !isSpace(from) {
                seen += 1
                if seen > words { break }
            }
            if text[from - 1] == "\n" { break }
            from -= 1
        }
        var to = end
        seen = 0
        while to < text.count {
            if isSpace(to) && !isSpace(to - 1) {
                seen += 1
                if seen > words { break }
            }
            if text[to] == "\n" { break }
            to += 1
        }
        let cutBefore = from > 0 && text[from - 1] != "\n"
        let cutAfter = to < text.count && text[to] != "\n"
        before = (cutBefore ? "… " : "") + Self.squeezed(text[from..<start]).trimmingLeadingSpace()
        after = Self.squeezed(text[end..<to]).trimmingTrailingSpace() + (cutAfter ? " …" : "")
    }

    /// Runs of white space as one space.
    private static func squeezed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var inSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(scalar)
                inSpace = false
            }
        }
        return String(out)
    }
}

extension String {
    fileprivate func trimmingLeadingSpace() -> String { first == " " ? String(dropFirst()) : self }
    fileprivate func trimmingTrailingSpace() -> String { last == " " ? String(dropLast()) : self }
}
