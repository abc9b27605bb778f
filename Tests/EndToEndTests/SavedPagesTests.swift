import Foundation
import Testing

/// A corpus folder may hold saved web pages (`<id>.html`) beside plain text (issue 22): the
/// real executable reads their main text and metadata with the same extractor as fetched pages.
@Suite struct SavedPagesTests {
    @Test func anHTMLFileInTheCorpusFolderIsAnArticle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = """
        <!doctype html><html lang="ar"><head><meta charset="utf-8"><title>انتخابات بلدية في تونس</title>
        <meta property="article:published_time" content="2021-03-04T09:00:00Z">
        <link rel="canonical" href="https://news.example/tunis-vote"></head>
        <body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
        <article><h1>انتخابات بلدية في تونس</h1>
        <p>أعلنت الهيئة العليا المستقلة للانتخابات في تونس يوم الخميس عن موعد الانتخابات البلدية المقبلة في كل الولايات.</p>
        <p>وقال رئيس الهيئة إن التحضيرات تسير وفق الجدول المعلن، وإن مراكز الاقتراع ستفتح أبوابها في الصباح الباكر.</p>
        </article><footer>جميع الحقوق محفوظة</footer></body></html>
        """
        try page.write(to: folder.appendingPathComponent("tunis-vote.html"), atomically: true, encoding: .utf8)
        try "نص عادي عن الطقس في الرباط.\n\nوتوقعت الأرصاد أمطاراً غزيرة.".write(
            to: folder.appendingPathComponent("weather.txt"), atomically: true, encoding: .utf8)
        // A .txt beside a .html of the same id wins: the page is not read twice.
        try "النص المعتمد لهذه المقالة.\n\nوفقرة ثانية.".write(to: folder.appendingPathComponent("both.txt"), atomically: true, encoding: .utf8)
        try page.write(to: folder.appendingPathComponent("both.html"), atomically: true, encoding: .utf8)

        let server = try MarsadProcess(arguments: ["--corpus", folder.path])
        defer { server.stop() }
        let reply = try TestClient(port: server.port).request("/api/articles/tunis-vote")
        #expect(reply.status == 200)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any])
        #expect(json["title"] as? String == "انتخابات بلدية في تونس")
        let text = try #require(json["text"] as? String)
        #expect(text.contains("أعلنت الهيئة العليا المستقلة للانتخابات"))
        #expect(text.contains("مراكز الاقتراع"))
        #expect(!text.contains("الرئيسية"))
        #expect(!text.contains("جميع الحقوق محفوظة"))
        #expect((json["published"] as? String)?.hasPrefix("2021-03-04") == true)
        #expect(json["url"] as? String == "https://news.example/tunis-vote")
        let both = try TestClient(port: server.port).request("/api/articles/both")
        let bothJSON = try #require(try JSONSerialization.jsonObject(with: Data(both.body)) as? [String: Any])
        let bothWords = "\(bothJSON["title"] as? String ?? "") \(bothJSON["text"] as? String ?? "")"
        #expect(bothWords.contains("النص المعتمد") && !bothWords.contains("انتخابات"))
        let list = try TestClient(port: server.port).request("/api/articles?limit=50")
        let listJSON = try #require(try JSONSerialization.jsonObject(with: Data(list.body)) as? [String: Any])
        #expect(listJSON["total"] as? Int == 3)
    }
}
