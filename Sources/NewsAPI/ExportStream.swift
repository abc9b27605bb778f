import HTTPCore

/// An export's body produced while it is sent: its first bytes, then its rows a few hundred at a
/// time from a cursor over the snapshot the request started with, then its last bytes. Memory
/// stays bounded by one piece whatever the corpus size; the rows are walked only when the body
/// is sent (never for `HEAD`).
enum ExportStream {
    /// At most this many rows a piece…
    static let rowsPerChunk = 256
    /// …and a piece stops growing once it holds this many bytes (articles are large rows).
    static let chunkBytes = 64 * 1024

    /// A body of `prefix`, then each element of the sequence `rows()` makes, written by
    /// `write`, then `suffix`.
    static func body<Rows: Sequence>(
        prefix: [UInt8], suffix: [UInt8] = [],
        rows: @escaping @Sendable () -> Rows,
        write: @escaping @Sendable (Rows.Element, inout [UInt8]) -> Void
    ) -> BodyStream {
        BodyStream {
            var cursor = rows().makeIterator()
            var pending = prefix
            var ended = false
            return {
                guard !ended else { return nil }
                var piece = pending
                pending = []
                piece.reserveCapacity(chunkBytes + 1024)
                var count = 0
                while count < rowsPerChunk && piece.count < chunkBytes {
                    guard let row = cursor.next() else {
                        piece += suffix
                        ended = true
                        break
                    }
                    write(row, &piece)
                    count += 1
                }
                return piece
            }
        }
    }

    /// The rows `prepare` makes of `elements` taken `size` at a time, made one block at a time
    /// as the body is sent (so that work shared by a block's rows is done once a block).
    static func blocks<Element, Row>(of elements: [Element], size: Int,
                                     prepare: @escaping ([Element]) -> [Row]) -> some Sequence<Row> {
        stride(from: 0, to: elements.count, by: size).lazy.flatMap { start in
            prepare(Array(elements[start..<min(start + size, elements.count)]))
        }
    }
}
