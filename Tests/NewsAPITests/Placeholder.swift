import Testing
@testable import NewsAPI
