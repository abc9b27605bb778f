import Foundation
import NewsFetch
import Testing

/// Main text over navigation, sidebars, share bars and comments; title, date and source from
/// each kind of metadata.
@Suite struct ArticleExtractorTests {
    static let pageURL = URL(string: "https://www.news.example/news/desalination?ref=rss")!

    @Test func picksTheArticleOverNavigationSidebarAndComments() throws {
        let article = ArticleExtractor.extract(html: Fixtures.bytes("page-desalination.html"), url: Self.pageURL)
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.first?.hasPrefix("افتتح وزير المياه سامي الخطيب") == true)
        #expect(article.paragraphs.last?.hasSuffix("في حالات الطوارئ.") == true)
        let text = article.text
        for boilerplate in ["الرئيسية", "التعليقات", "خطوة ممتازة", "الأكثر قراءة", "جميع الحقوق", "شارك", "تتبع"] {
            #expect(!text.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test func aLongerCommentThreadDoesNotWin() {
        let comment = "<p>أوافق على ما جاء في الخبر، لكن الكاتب نسي أمورا كثيرة، منها الكلفة، ومنها الصيانة، ومنها المواعيد، ومنها الأسعار، وأرجو المتابعة.</p>"
        let html = """
        <html><body><div id="page">
        <div class="post"><p>قالت البلدية، في بيان صدر اليوم، إن أعمال تعبيد الطريق الساحلي ستنتهي خلال أسبوعين.</p>
        <p>وأضاف البيان أن الطريق سيغلق ليلا فقط، وأن حركة السير ستحول إلى الشارع الموازي.</p></div>
        <div class="comments-area">\(String(repeating: comment, count: 6))</div>
        </div></body></html>
        """
        let article = ArticleExtractor.extract(html: Array(html.utf8), url: nil)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("قالت البلدية") == true)
    }

    @Test func openGraphMetadata() {
        let article = ArticleExtractor.extract(html: Fixtures.bytes("page-desalination.html"), url: Self.pageURL)
        #expect(article.title == "افتتاح محطة لتحلية المياه في مدينة الساحل")
        #expect(article.published == "2026-11-28")
        #expect(article.source == "صحيفة المرصد التجريبية")
        #expect(article.url == Self.pageURL.absoluteString)
        #expect(article.canonicalURL == "https://www.news.example/news/desalination-plant")
    }

    @Test func jsonLDDateTitleWithoutSiteSuffixAndHostAsSource() {
        let url = URL(string: "http://www.news.example/news/library")!
        let article = ArticleExtractor.extract(html: Fixtures.bytes("page-library.html"), url: url)
        #expect(article.title == "مكتبة عامة جديدة تفتح أبوابها في حي الزيتون")
        #expect(article.published == "2026-10-05")
        #expect(article.source == "news.example")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs[1].hasPrefix("وتضم المكتبة"))
        #expect(!article.text.contains("اقرأ أيضا"))
        #expect(!article.text.contains("الطقس اليوم"))
    }

    @Test func timeElementDateAndDivParagraphs() {
        let article = ArticleExtractor.extract(html: Fixtures.bytes("page-rail.html"), url: URL(string: "http://news.example/news/rail"))
        #expect(article.title == "قطار سريع يربط الميناء بالعاصمة")
        #expect(article.published == "2026-09-14")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("أعلنت هيئة النقل العام") == true)
        #expect(!article.text.contains("واتساب"))
    }

    @Test func aPageWithoutTextGivesNoParagraphs() {
        let html = Array("<html><body><nav><a href='/'>الرئيسية</a></nav><p>قصير</p></body></html>".utf8)
        #expect(ArticleExtractor.extract(html: html, url: nil).paragraphs.isEmpty)
        #expect(ArticleExtractor.extract(html: [], url: nil).paragraphs.isEmpty)
    }

    @Test func declaredCharsetIsHonoured() {
        // «خبر» in Windows-1256, declared only by the caller (as a Content-Type header would).
        let title: [UInt8] = [0xCE, 0xC8, 0xD1]
        let html = Array("<html><head><title>".utf8) + title + Array("</title></head><body></body></html>".utf8)
        #expect(ArticleExtractor.extract(html: html, encoding: "windows-1256", url: nil).title == "خبر")
    }
}
