import Foundation
import ArabicText

/// Turns a scraped article file into title, paragraphs and links without changing any word:
/// - the first line is the title when it is a heading (short, followed by a blank line) and no
///   title is given; with a given title the first line stays in the body unless it repeats that title;
/// - paragraphs glued with `.,` (a scraper's join of a list of paragraphs) are split again;
/// - a body line that repeats the title is dropped;
/// - spaces before punctuation are removed;
/// - lines that are only a URL move to `links`.
public enum ArticleCleaner {
    /// The longest first line still taken as a heading, in characters.
    public static let maximumHeadingLength = 200
    /// The longest title derived from a first sentence before it is cut at a word.
    public static let maximumDerivedTitleLength = 120

    /// Cleans one file's text. With `providedTitle` (metadata or the API) no line is taken for a
    /// heading: the body keeps every line but a first one that only repeats the given title.
    public static func clean(_ raw: String, providedTitle: String? = nil) -> CleanedArticle {
        let unified = unifyingLineEnds(raw)
        // Split by bytes: a line feed is always a Character of its own once CRs are gone.
        var lines = unified.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(Substring($0)).trimmingWhitespace()
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }

        var title: String?
        if let given = providedTitle {
            if let first = lines.first, normalizedForComparison(first) == normalizedForComparison(given),
               !normalizedForComparison(given).isEmpty {
                lines.removeFirst()
            }
        } else if lines.count >= 2, lines[1].isEmpty, !lines[0].isEmpty, lines[0].count <= maximumHeadingLength {
            title = tidy(lines[0])
            lines.removeFirst()
        }

        var links: [String] = []
        var paragraphs: [String] = []
        for line in lines where !line.isEmpty {
            if isURL(line) {
                links.append(line)
                continue
            }
            for part in splitGluedParagraphs(line) {
                let cleaned = tidy(part)
                if !cleaned.isEmpty && cleaned.contains(where: { $0.isLetter || $0.isNumber }) {
                    paragraphs.append(cleaned)
                }
            }
            links.append(contentsOf: inlineURLs(in: line))
        }

        if let given = providedTitle {
            return CleanedArticle(title: given, titleSource: .provided, paragraphs: paragraphs, links: links)
        }
        if let heading = title {
            // The title repeated as the body's first line.
            if let first = paragraphs.first, normalizedForComparison(first) == normalizedForComparison(heading) {
                paragraphs.removeFirst()
            }
            return CleanedArticle(title: heading, titleSource: .heading, paragraphs: paragraphs, links: links)
        }
        return CleanedArticle(title: derivedTitle(from: paragraphs), titleSource: .firstSentence,
                              paragraphs: paragraphs, links: links)
    }

    /// `raw` with CR LF and lone CR turned into LF, in one pass (and none without a CR).
    static func unifyingLineEnds(_ raw: String) -> String {
        guard raw.utf8.contains(0x0D) else { return raw }
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var afterCR = false
        for byte in raw.utf8 {
            if byte == 0x0A, afterCR { afterCR = false; continue }
            afterCR = byte == 0x0D
            out.append(afterCR ? 0x0A : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first sentence of the body, cut at a word boundary when long.
    static func derivedTitle(from paragraphs: [String]) -> String {
        guard let first = paragraphs.first else { return "" }
        let scalars = Array(first.unicodeScalars)
        let sentence = SentenceSplitter.sentences(in: scalars).first.map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        } ?? first
        guard sentence.count > maximumDerivedTitleLength else { return sentence }
        let cut = sentence.prefix(maximumDerivedTitleLength)
        if let space = cut.lastIndex(of: " ") {
            return String(cut[..<space]) + "…"
        }
        return String(cut) + "…"
    }

    /// Splits a line at the `.,` joins a scraper left between paragraphs (`نهاية., بداية`,
    /// `نهاية ., بداية`, `"نهاية"., بداية`), dropping empty pieces such as `, ,`.
    static func splitGluedParagraphs(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == ".", i + 1 < scalars.count, scalars[i + 1] == "," {
                current.append(".")
                pieces.append(String(current))
                current = String.UnicodeScalarView()
                i += 2
                // An empty glued paragraph: ",  , ".
                while i < scalars.count, scalars[i] == " " || scalars[i] == "," { i += 1 }
                continue
            }
            current.append(scalars[i])
            i += 1
        }
        pieces.append(String(current))
        return pieces
    }

    /// Removes white space before closing punctuation and collapses runs of spaces.
    static func tidy(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{00A0}" {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if !closingPunctuation.contains(scalar) && !out.isEmpty { out.append(" ") }
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Punctuation that never takes a space before it in Arabic or Latin typography.
    static let closingPunctuation: Set<Unicode.Scalar> = [
        ".", ",", "\u{060C}", "\u{061B}", ":", "!", "?", "\u{061F}", ")", "]", "\u{00BB}",
    ]

    static func isURL(_ line: String) -> Bool {
        (line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www."))
            && !line.contains(" ")
    }

    static func inlineURLs(in line: String) -> [String] {
        guard !isURL(line), mayHoldURL(line) else { return [] }
        return line.split(separator: " ").map(String.init).filter { isURL($0) }
    }

    /// Whether `line` contains `http` or `www.` at all (most lines do not; splitting them into
    /// words to find none is the cleaner's biggest cost).
    static func mayHoldURL(_ line: String) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for b in line.utf8 {
            if b == UInt8(ascii: "p"), previous == (UInt8(ascii: "h"), UInt8(ascii: "t"), UInt8(ascii: "t")) { return true }
            if b == UInt8(ascii: "."), previous == (UInt8(ascii: "w"), UInt8(ascii: "w"), UInt8(ascii: "w")) { return true }
            previous = (previous.1, previous.2, b)
        }
        return false
    }

    static func normalizedForComparison(_ s: String) -> String {
        ArabicNormalizer.normalize(s).filter { $0.isLetter || $0.isNumber }
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !WhiteSpace.contains($0) }),
              let last = scalars.lastIndex(where: { !WhiteSpace.contains($0) }) else { return "" }
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
