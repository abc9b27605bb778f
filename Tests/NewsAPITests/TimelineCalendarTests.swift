import Foundation
import HTTPCore
import HTTPTypes
import NewsAPI
import NewsCorpus
import Testing

/// Timeline events keep the calendar they were written in: `calendar` always, `hijriDate` for a
/// Hijri expression. A one-article corpus written for this test.
@Suite struct TimelineCalendarTests {
    static let router: Router = {
        let article = Article(id: "h1", cleaned: ArticleCleaner.clean(
            "اجتماع المجلس\n\nعقد المجلس جلسته يوم الجمعة 23/ 9/ 1436هـ برئاسة أمير المنطقة. ووقع الاتفاق في 10 يوليو 2015 بالرياض."))
        return try! NewsService(store: SnapshotStore(Snapshot(corpus: Corpus(articles: [article])))).router()
    }()

    @Test func hijriEventsSayTheirCalendarAndOriginal() throws {
        let response = Self.router.respond(to: Request(method: .get, target: "/api/timeline", path: "/api/timeline", query: QueryParameters([])))
        let json = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        let items = json?["items"] as? [[String: Any]] ?? []
        let hijri = items.first { $0["calendar"] as? String == "hijri" }
        #expect(hijri?["date"] as? String == "2015-07-10")
        #expect(hijri?["hijriDate"] as? String == "1436-09-23")
        #expect(hijri?["expression"] as? String == "يوم الجمعة 23/ 9/ 1436هـ")
        let gregorian = items.first { $0["expression"] as? String == "10 يوليو 2015" }
        #expect(gregorian?["calendar"] as? String == "gregorian")
        #expect(gregorian?["hijriDate"] == nil)
    }
}
