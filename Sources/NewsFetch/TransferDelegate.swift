import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// Collects one URLSession data task's answer: refuses URLSession's own redirects (the fetcher
/// follows them after checking the next host), counts bytes against the limit and cancels past
/// it, and signals `done` when the task ends.
final class TransferDelegate: NSObject, URLSessionDataDelegate, Sendable {
    /// The status, header fields and body of one response.
    struct Answer: Sendable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]

        /// A header field's value, case-insensitively.
        func header(_ name: String) -> String? {
            let key = name.lowercased()
            return headers.first { $0.key.lowercased() == key }?.value
        }
    }

    private struct State {
        var response: HTTPURLResponse?
        var body: [UInt8] = []
        var overLimit = false
        var error: FetchError?
    }

    let limit: Int
    let done = DispatchSemaphore(value: 0)
    private let state = Mutex(State())

    init(limit: Int) {
        self.limit = limit
    }

    /// The answer, or why there is none.
    func result() -> Result<Answer, FetchError> {
        state.withLock { s in
            if s.overLimit { return .failure(.tooLarge(limit: limit)) }
            if let error = s.error { return .failure(error) }
            guard let response = s.response else { return .failure(.transport("no response")) }
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields {
                if let k = key as? String, let v = value as? String { headers[k] = v }
            }
            return .success(Answer(status: response.statusCode, headers: headers, body: s.body))
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(limit)
        state.withLock {
            $0.response = response as? HTTPURLResponse
            if tooLarge { $0.overLimit = true }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = state.withLock { s -> Bool in
            guard !s.overLimit else { return true }
            if s.body.count + data.count > limit {
                s.overLimit = true
                s.body = []
                return true
            }
            s.body.append(contentsOf: data)
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            let code = (error as NSError).code
            state.withLock { s in
                if task.response != nil, s.response == nil { s.response = task.response as? HTTPURLResponse }
                guard !s.overLimit else { return }
                s.error = code == NSURLErrorTimedOut ? .timedOut : .transport(error.localizedDescription)
            }
        } else {
            state.withLock { s in
                if s.response == nil { s.response = task.response as? HTTPURLResponse }
            }
        }
        done.signal()
    }
}
