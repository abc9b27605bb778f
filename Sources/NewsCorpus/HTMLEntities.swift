/// HTML character references (HTML Living Standard §13.5): numeric ones (`&#1575;`,
/// `&#x627;`) and the named ones news pages use. The full list of 2,231 names is not needed for
/// text that is meant to be plain; an unknown name stays as written.
enum HTMLEntities {
    /// Named references and their characters (a subset of the standard's table).
    static let named: [String: Unicode.Scalar] = [
        "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": "\u{00A0}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "hellip": "\u{2026}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "sbquo": "\u{201A}", "bdquo": "\u{201E}", "zwnj": "\u{200C}",
        "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "\u{00AD}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}",
        "times": "\u{00D7}", "divide": "\u{00F7}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "percnt": "%", "euro": "\u{20AC}", "pound": "\u{00A3}", "dollar": "$",
    ]

    /// The character of the reference starting at `start` (with its `&` and `;`) and the
    /// reference's length in scalars; nil when none starts there.
    static func decode(_ s: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var i = start + 1
        var body = ""
        while i < s.count, i - start <= 10, s[i] != ";" {
            guard s[i].isASCIILetter || ("0"..."9").contains(s[i]) || s[i] == "#" else { return nil }
            body.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", !body.isEmpty else { return nil }
        let length = i + 1 - start
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
        return named[body].map { ($0, length) }
    }
}
