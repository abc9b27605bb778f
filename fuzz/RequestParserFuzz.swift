// libFuzzer target for the HTTP request parser, compiled into the HTTPCore module by
// scripts/fuzz.sh (so it can use internal API). Invariants checked on every input:
// - the parser never crashes or traps, whole or split into two arbitrary pieces;
// - the same bytes give the same outcome whole and split (framing never depends on reads);
// - an error always closes the connection, and its status is a 4xx/5xx.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = HTTPLimits()
    limits.maxHeaderBytes = 2048
    limits.maxBodyBytes = 4096
    limits.maxRequestLineLength = 1024
    limits.maxQueryLength = 512
    let whole = outcome([bytes], limits: limits)
    let split = bytes.isEmpty ? 0 : Int(bytes[0]) % max(1, bytes.count)
    let pieces = outcome([Array(bytes[..<split]), Array(bytes[split...])], limits: limits)
    if whole != pieces {
        fatalError("split at \(split) changed the outcome: \(whole) vs \(pieces)")
    }
    return 0
}

private func outcome(_ pieces: [[UInt8]], limits: HTTPLimits) -> [String] {
    var parser = RequestParser(limits: limits)
    var out: [String] = []
    for piece in pieces {
        parser.append(piece)
        loop: while true {
            switch parser.next() {
            case .needMoreData:
                break loop
            case .request(let request):
                precondition(request.path.hasPrefix("/") || request.path == "*")
                precondition(!request.path.contains("/../") && !request.path.hasSuffix("/.."))
                out.append("\(request.method) \(request.path) \(request.body.count)")
            case .error(let error):
                precondition(error.closesConnection)
                precondition(error.status.code >= 400 && error.status.code < 600)
                out.append("error \(error.status.code)")
                return out
            }
        }
    }
    return out
}
