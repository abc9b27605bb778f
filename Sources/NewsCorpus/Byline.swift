/// A byline line at the top of a scraped article — who wrote it and for which outlet or city:
/// «فايز الحسيكي – عين اليوم», «عين اليوم – متابعات», «المدينة - جدة», «محمود وهبي ـ جدة»,
/// «بقلم: سعاد الصباح». Kept in the body, never taken for the title (issue 22).
///
/// The rule, written to miss headings rather than catch them: at most six words and no
/// sentence punctuation or digits, and either a name and a place or outlet on both sides of a
/// dash (`-`, `–`, `—`, or a spaced tatweel `ـ` as Arabic typesetters use it), each side at
/// most three words; or a byline word (`بقلم`, `كتب`, `كتبت`, `إعداد`, `متابعات`, `تقرير`)
/// followed by a colon or a dash.
enum Byline {
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{0640}"]
    static let markers = ["بقلم", "كتب", "كتبت", "إعداد", "اعداد", "متابعات", "تقرير"]
    static let sentencePunctuation: Set<Unicode.Scalar> = [".", "\u{060C}", ",", "!", "?", "\u{061F}", "\u{00AB}", "\u{00BB}", "\"", ":", "؛"]

    static func matches(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard !words.isEmpty, words.count <= 6 else { return false }
        for marker in markers where line.hasPrefix(marker) {
            let rest = line.dropFirst(marker.count).drop { $0 == " " }
            if let next = rest.unicodeScalars.first, next == ":" || dashes.contains(next) { return true }
        }
        guard !line.unicodeScalars.contains(where: { sentencePunctuation.contains($0) || $0.properties.numericType != nil }) else {
            return false
        }
        // Split at a dash that stands apart from a word on at least one side («دبي- الرياضية»);
        // a tatweel inside a word («جـدة») is not a dash.
        let scalars = Array(line.unicodeScalars)
        var sides: [[Unicode.Scalar]] = [[]]
        for (i, s) in scalars.enumerated() {
            let spaced = (i > 0 && scalars[i - 1] == " ") || (i + 1 < scalars.count && scalars[i + 1] == " ")
            if dashes.contains(s), spaced, s != "\u{0640}" || ((i > 0 && scalars[i - 1] == " ") && (i + 1 < scalars.count && scalars[i + 1] == " ")) {
                sides.append([])
            } else {
                sides[sides.count - 1].append(s)
            }
        }
        guard sides.count == 2 else { return false }
        return sides.allSatisfy { side in
            let count = String(String.UnicodeScalarView(side)).split(separator: " ").count
            return (1...3).contains(count)
        }
    }
}
