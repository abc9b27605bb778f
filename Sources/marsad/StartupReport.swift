import Foundation
import NewsCorpus

/// The start-up log's words about what was loaded and what is missing, kept apart from the
/// wiring so the wording has one home.
enum StartupReport {
    /// Where the served articles came from: the corpus folder (less any the journal hid) and
    /// the journal (articles added through the API). `corpusIDs` are the folder's article ids.
    static func origins(of corpus: Corpus, corpusIDs: Set<String>, folder: String, journaled: Bool) -> String {
        guard journaled else { return "from \(folder)" }
        let added = corpus.articles.reduce(into: 0) { count, article in
            if !corpusIDs.contains(article.id) { count += 1 }
        }
        return "(\(corpus.articles.count - added) from the corpus folder \(folder), \(added) from the journal)"
    }

    /// A warning when the UI folder is missing: the API still works, but `/` answers 404.
    static func publicFolderWarning(_ folder: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
            return nil
        }
        return "--public folder \(folder) does not exist: the browser UI is not served (the API is); "
            + "run from the repository root or pass --public PATH"
    }
}
