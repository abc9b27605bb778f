import Foundation
import NewsCorpus
import NewsFetch

extension Application {
    /// A saved web page (`<id>.html` in the corpus folder) read as fetched pages are: libxml2's
    /// parser and the main-text finder; the canonical URL if the page names one.
    static func readSavedPage(_ data: Data) -> CorpusLoader.PageText {
        let page = ArticleExtractor.extract(html: [UInt8](data), url: nil)
        return CorpusLoader.PageText(title: page.title, text: page.text, published: page.published,
                                     source: page.source, url: page.canonicalURL ?? page.url)
    }
}
