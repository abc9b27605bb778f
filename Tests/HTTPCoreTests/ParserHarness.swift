@testable import HTTPCore

/// Feeds bytes to a parser in chosen pieces and collects what comes out.
struct ParserHarness {
    struct Outcome {
        var requests: [Request] = []
        var error: HTTPError?
    }

    static func run(_ pieces: [[UInt8]], limits: HTTPLimits = HTTPLimits()) -> Outcome {
        var parser = RequestParser(limits: limits)
        var outcome = Outcome()
        for piece in pieces {
            parser.append(piece)
            loop: while true {
                switch parser.next() {
                case .needMoreData: break loop
                case .request(let request): outcome.requests.append(request)
                case .error(let error):
                    outcome.error = error
                    return outcome
                }
            }
        }
        return outcome
    }

    /// Whole; byte by byte; and split in two at every offset.
    static func allSplits(_ bytes: [UInt8]) -> [[[UInt8]]] {
        var result: [[[UInt8]]] = [[bytes], bytes.map { [$0] }]
        for offset in 1..<max(1, bytes.count) {
            result.append([Array(bytes[..<offset]), Array(bytes[offset...])])
        }
        return result
    }
}

extension String {
    var bytes: [UInt8] { Array(utf8) }
}
