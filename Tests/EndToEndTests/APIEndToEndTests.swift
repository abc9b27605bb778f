import Foundation
import Testing

/// The API over a real socket: what curl and the browser see.
@Suite struct APIEndToEndTests {
    @Test func healthArticlesAndKeepAliveOnOneConnection() throws {
        try LiveServer.with { live in
            let client = try live.client()
            let health = try client.request("/healthz")
            #expect(health.status == 200)
            #expect(health.json["status"] as? String == "ok")
            #expect(health.headers["content-type"] == "application/json; charset=utf-8")
            let list = try client.request("/api/articles")
            #expect(list.status == 200)
            #expect(list.json["total"] as? Int == 5)
            let article = try client.request("/api/articles/000_fb78c02459ae3a97")
            #expect(article.json["title"] as? String == "هجوم بنغازي الدامي.. أميركا تحكم على قاتل سفيرها")
        }
    }

    @Test(arguments: [
        ("000_fb78c02459ae3a97", "هجوم بنغازي الدامي.. أميركا تحكم على قاتل سفيرها", 11),
        ("001_ee4fb4a7c0a0eb1e", "من هو مصطفى الإمام الذي \"نقلته\" أميركا من ليبيا لتحاكمه", 9),
        ("002_855d8bd0f73ce62f", nil, 9),
        ("003_0caa95451c496c82", "غارة أميركية تستهدف عناصر القاعدة في ليبيا", 18),
        ("004_6017e8bea10498ae", "التنسيق الأمريكي في محاربة الإرهاب يكشف أي الأطراف التي تحاربه واقعا في ليبيا", 17),
    ] as [(String, String?, Int)])
    func eachSeedHasItsTitleAndParagraphs(id: String, title: String?, paragraphs: Int) throws {
        try LiveServer.with { live in
            let reply = try live.client().request("/api/articles/\(id)")
            #expect(reply.status == 200)
            if let title { #expect(reply.json["title"] as? String == title) }
            let texts = reply.json["paragraphs"] as? [String] ?? []
            #expect(texts.count == paragraphs)
            #expect(texts.allSatisfy { !$0.contains(".,") && !$0.isEmpty })
            #expect((reply.json["text"] as? String)?.hasPrefix(texts.first ?? "∅") == true)
        }
    }

    @Test func headHasNoBodyButTheSameLength() throws {
        try LiveServer.with { live in
            let client = try live.client()
            let get = try client.request("/api/articles/001_ee4fb4a7c0a0eb1e")
            let head = try client.request("/api/articles/001_ee4fb4a7c0a0eb1e", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == get.headers["content-length"])
        }
    }

    @Test func errorsAreProblems() throws {
        try LiveServer.with { live in
            let client = try live.client()
            let missing = try client.request("/api/nothing-here")
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"]?.hasPrefix("application/problem+json") == true)
            let method = try client.request("/api/articles", method: "DELETE")
            #expect(method.status == 405)
            #expect(method.headers["allow"]?.contains("GET") == true)
            let bad = try client.request("/api/articles?limit=5000")
            #expect(bad.status == 400)
            #expect(bad.json["parameter"] as? String == "limit")
            let search = try client.request("/api/search?q=%20")
            #expect(search.status == 400)
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        try LiveServer.with { live in
            let client = try live.client()
            try client.send("GET /api/articles/002_855d8bd0f73ce62f HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /api/articles?limit=1 HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = try client.readReply()
            let second = try client.readReply()
            let third = try client.readReply()
            #expect(first.json["id"] as? String == "002_855d8bd0f73ce62f")
            #expect(second.json["status"] as? String == "ok")
            #expect((third.json["items"] as? [Any])?.count == 1)
        }
    }

    @Test func staticUIIsServedAndCannotBeEscaped() throws {
        try LiveServer.with { live in
            let client = try live.client()
            let index = try client.request("/")
            #expect(index.status == 200)
            #expect(index.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(index.text.contains("dir=\"rtl\""))
            for attempt in ["/../Package.swift", "/%2e%2e/Package.swift", "/..%2fPackage.swift", "/%2e%2e%2fPackage.swift"] {
                let reply = try live.client().request(attempt)
                #expect([400, 404].contains(reply.status), "\(attempt) gave \(reply.status)")
                #expect(!reply.text.contains("PackageDescription"))
            }
        }
    }

    @Test func arabicQueryParametersArrivePercentDecoded() throws {
        try LiveServer.with { live in
            let q = "بنغازي".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            let reply = try live.client().request("/api/search?q=\(q)")
            #expect(reply.status == 200)
            #expect(reply.json["query"] as? String == "بنغازي")
        }
    }
}
