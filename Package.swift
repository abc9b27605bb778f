// swift-tools-version: 6.0
import PackageDescription

/// Marsad: an Arabic news observatory served over HTTP/1.1.
/// Layers point one way: HTTPCore ← HTTPServer; ArabicText ← NewsCorpus, SearchIndex ← NewsAPI; marsad wires them.
let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "marsad", targets: ["marsad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
    ],
    targets: [
        // Pure HTTP values: request/response, incremental parser, encoder, router. No sockets.
        .target(name: "HTTPCore", dependencies: [
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // Linux interfaces the Glibc module lacks (epoll, eventfd, CPU affinity), for HTTPServer.
        .target(name: "CSystem"),
        // The only target touching POSIX sockets and Dispatch: event loops, listener, connections, static files.
        .target(name: "HTTPServer", dependencies: [
            "HTTPCore", "CSystem",
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Pure Arabic text analysis: normaliser, tokeniser, stemmer, entity and date extractors.
        .target(name: "ArabicText"),
        // zlib (Debian zlib1g-dev) for CompactText's stored texts.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Texts held compactly in memory (a one-byte code for Arabic, then deflate), read back exactly.
        .target(name: "CompactText", dependencies: ["CZlib"]),
        // Inverted index, query parser, ranking, highlighting.
        .target(name: "SearchIndex", dependencies: ["ArabicText", "CompactText"]),
        // The learned entity model: features, weights loading, Viterbi decoder, and the recogniser
        // that combines it with the rules. Weights: Resources/ner-weights.bin (CC BY-SA 4.0, ANERcorp).
        .target(name: "EntityModel", dependencies: ["ArabicText"], resources: [.copy("Resources/ner-weights.bin"), .copy("Resources/known-names.tsv"), .copy("Resources/person-name-words.txt"), .copy("Resources/common-words.txt"), .copy("Resources/wiki-name-words.tsv"), .copy("Resources/everyday-given-names.txt")]),
        // Article model, loader, analysis, the immutable corpus snapshot.
        .target(name: "NewsCorpus", dependencies: ["ArabicText", "EntityModel", "CompactText"]),
        // libxml2 (Debian libxml2-dev) for NewsFetch's HTML and XML parsers.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libcurl (Debian libcurl4-openssl-dev) for NewsFetch's transfers: one blocking GET with its
        // easy interface on the caller's thread, with no Dispatch source on its sockets.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),
        // Fetching pages and feeds (libcurl, SSRF address policy) and reading them: HTML article
        // extraction, RSS 2.0 and Atom. Knows nothing of HTTP serving or of the corpus.
        .target(name: "NewsFetch", dependencies: ["CLibXML2", "CCurl"]),
        // libpq, PostgreSQL's own client (Debian libpq-dev), for PostgresStore.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // The shared PostgreSQL store for several replicas: migrations, the change log, following
        // it with LISTEN/NOTIFY. Knows nothing of HTTP.
        .target(name: "PostgresStore", dependencies: ["NewsCorpus", "CLibPQ"]),
        // Routes, controllers and JSON shapes of the REST API.
        .target(name: "NewsAPI", dependencies: [
            "HTTPCore", "NewsCorpus", "SearchIndex", "ArabicText", "NewsFetch",
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // The executable: flags, logging, wiring.
        .executableTarget(name: "marsad", dependencies: [
            "HTTPCore", "HTTPServer", "NewsAPI", "NewsCorpus", "NewsFetch", "EntityModel", "PostgresStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // The scale benchmark: synthetic corpora, build time, memory, search latency (scripts/bench.sh).
        .executableTarget(name: "marsad-bench", dependencies: ["NewsCorpus", "SearchIndex", "NewsAPI", "ArabicText", "HTTPCore"]),

        // Rebuilds the entity model's weights from ANERcorp and scores it (never part of the server).
        .executableTarget(name: "marsad-train-ner", dependencies: [
            "EntityModel", "ArabicText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], exclude: ["Resources"]),

        .testTarget(name: "HTTPCoreTests", dependencies: [
            "HTTPCore", .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "HTTPServerTests", dependencies: [
            "HTTPServer", "HTTPCore", .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"]),
        .testTarget(name: "CompactTextTests", dependencies: ["CompactText"]),
        // The entity model's own tests, and its scores on the project's gold paragraphs.
        .testTarget(name: "EntityModelTests", dependencies: ["EntityModel", "ArabicText"], exclude: ["Resources"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "ArabicText"]),
        .testTarget(name: "NewsCorpusTests", dependencies: ["NewsCorpus", "ArabicText"]),
        .testTarget(name: "NewsFetchTests", dependencies: ["NewsFetch"]),
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "NewsCorpus"]),
        .testTarget(name: "NewsAPITests", dependencies: [
            "NewsAPI", "NewsCorpus", "SearchIndex", "HTTPCore", "HTTPServer", "NewsFetch",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "HTTPServer", "HTTPCore", "NewsAPI", "NewsCorpus",
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
