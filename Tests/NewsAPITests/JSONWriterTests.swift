import Foundation
import Testing
@testable import NewsAPI

/// The hand-rolled JSON writer: commas at every depth, numbers, escapes, and deep nesting.
@Suite struct JSONWriterTests {
    private func text(_ w: borrowing JSONWriter) -> String { String(decoding: w.bytes, as: UTF8.self) }

    @Test func commasAreRightAtEveryDepth() {
        var w = JSONWriter()
        w.beginObject()
        w.key("a"); w.int(1)
        w.key("b"); w.beginArray(); w.int(2); w.beginObject(); w.endObject(); w.pair(3, 4); w.endArray()
        w.key("c"); w.beginObject(); w.key("d"); w.null(); w.endObject()
        w.key("e"); w.string("x")
        w.endObject()
        #expect(text(w) == #"{"a":1,"b":[2,{},[3,4]],"c":{"d":null},"e":"x"}"#)
    }

    @Test func integersWithoutStrings() {
        var w = JSONWriter()
        w.beginArray()
        for value in [0, 7, 10, 99, 1234567890, -1, -45, Int.max, Int.min] { w.int(value) }
        w.endArray()
        #expect(text(w) == "[0,7,10,99,1234567890,-1,-45,\(Int.max),\(Int.min)]")
    }

    @Test func scoresHaveUpToFourDecimalsWithoutTrailingZeros() {
        var w = JSONWriter()
        w.beginArray()
        for value in [0, 1, 3.1049, 2.5, 0.05, 0.00004, -1.25, 12.34567, 100.0001, .nan, -0.00001] { w.double(value) }
        w.endArray()
        #expect(text(w) == "[0,1,3.1049,2.5,0.05,0,-1.25,12.3457,100.0001,0,0]")
    }

    @Test func escapesAndArabic() {
        var w = JSONWriter()
        w.string("قال \"نعم\"\n\\ \u{1}")
        #expect(text(w) == #""قال \"نعم\"\n\\ \u0001""#)
    }

    @Test func escapesAreFoundAtEveryOffsetOfEightByteChunks() throws {
        // Each escapable byte at each position of strings long enough for the chunked scan.
        for special in ["\"", "\\", "\n", "\u{1F}", "\u{0}"] {
            for position in 0..<20 {
                let value = String(repeating: "ب", count: position / 2) + (position % 2 == 1 ? "x" : "")
                    + special + String(repeating: "y", count: 19 - position)
                var w = JSONWriter()
                w.string(value)
                let decoded = try JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed)
                #expect(decoded as? String == value)
            }
        }
        var plain = JSONWriter()
        plain.string("abcdefghijklmnopqrstuvwxyz ~}|{`_^]")
        #expect(text(plain) == #""abcdefghijklmnopqrstuvwxyz ~}|{`_^]""#)
    }

    @Test func nestingDeeperThanSixtyFourLevels() throws {
        var w = JSONWriter()
        for _ in 0..<100 { w.beginArray(); w.int(1) }
        for _ in 0..<100 { w.endArray() }
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes))
        var level: Any = parsed
        var depth = 0
        while let array = level as? [Any] {
            depth += 1
            #expect(array.first as? Int == 1)
            guard array.count == 2 else { break }
            level = array[1]
        }
        #expect(depth == 100)
    }
}
