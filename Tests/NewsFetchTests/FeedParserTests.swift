import Foundation
import NewsFetch
import Testing

/// RSS 2.0 and Atom fixtures, and documents that are not feeds.
@Suite struct FeedParserTests {
    @Test func rss() throws {
        let feed = try FeedParser.parse(Fixtures.bytes("feed-rss.xml"), url: URL(string: "http://news.example/rss.xml"))
        #expect(feed.format == .rss)
        #expect(feed.title == "صحيفة المرصد التجريبية - محليات")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].link == "http://news.example/news/library")
        #expect(feed.items[0].id == "library-2026-10-05")
        #expect(feed.items[0].published == "2026-10-05")
        #expect(feed.items[0].content?.contains("<p>فتحت المكتبة") == true)
        #expect(feed.items[1].published == "2026-11-28")
        #expect(feed.items[1].content?.contains("افتتح وزير المياه") == true)
    }

    @Test func atomResolvesRelativeLinksAgainstXMLBase() throws {
        let feed = try FeedParser.parse(Fixtures.bytes("feed-atom.xml"), url: URL(string: "http://news.example/atom.xml"))
        #expect(feed.format == .atom)
        #expect(feed.title == "أخبار النقل")
        #expect(feed.items.map(\.link) == ["http://news.example/news/rail", "http://news.example/news/bridge-missing"])
        #expect(feed.items[0].published == "2026-09-14")
        #expect(feed.items[1].published == "2026-09-10")
        #expect(feed.items[1].content?.contains("<p>افتتحت البلدية") == true)
    }

    @Test func htmlAndGarbageAreNotFeeds() {
        #expect(throws: FeedError.self) { try FeedParser.parse(Fixtures.bytes("page-rail.html"), url: nil) }
        #expect(throws: FeedError.notXML) { try FeedParser.parse(Array("not xml at all".utf8), url: nil) }
        #expect(throws: FeedError.notXML) { try FeedParser.parse([], url: nil) }
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item><title>a &x; b</title><link>http://n.example/1</link></item></channel></rss>"#
        let feed = try FeedParser.parse(Array(xml.utf8), url: nil)
        #expect(feed.items.count == 1)
        #expect(feed.items[0].title?.contains("root:") != true)
    }
}
