import Testing
@testable import NewsCorpus
