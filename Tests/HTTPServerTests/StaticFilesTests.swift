import HTTPCore
import HTTPServer
import HTTPTypes
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A temporary tree: `base/public/{index.html, app.js, style.css, .env, sub/index.html, escape -> ../secret.txt}`
/// and `base/secret.txt` outside the served root.
final class TemporaryTree {
    let base: String
    var root: String { base + "/public" }

    init() throws {
        var template = Array("/tmp/marsad-static-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestClient.Failure(description: "mkdtemp") }
        base = String(cString: made)
        mkdir(root, 0o755)
        mkdir(root + "/sub", 0o755)
        try write("index.html", "<h1>home</h1>")
        try write("app.js", "console.log(1)")
        try write("style.css", "body{}")
        try write(".env", "SECRET=1")
        try write("sub/index.html", "sub")
        try write("../secret.txt", "top secret")
        symlink(base + "/secret.txt", root + "/escape")
    }

    func write(_ name: String, _ text: String) throws {
        guard let file = fopen(root + "/" + name, "w") else { throw TestClient.Failure(description: "fopen \(name)") }
        fputs(text, file)
        fclose(file)
    }

    deinit {
        for name in ["index.html", "app.js", "style.css", ".env", "sub/index.html", "escape"] { unlink(root + "/" + name) }
        rmdir(root + "/sub")
        rmdir(root)
        unlink(base + "/secret.txt")
        rmdir(base)
    }
}

@Suite struct StaticFilesTests {
    func get(_ files: StaticFiles, _ path: String, method: HTTPRequest.Method = .get,
             ifNoneMatch: String? = nil) -> Response {
        var request = Request(method: method, target: path, path: path)
        if let ifNoneMatch { request.headerFields[.ifNoneMatch] = ifNoneMatch }
        do { return try files.respond(to: request) } catch { return ProblemDetails.response(for: error) }
    }

    @Test func servesIndexTypesAndValidators() throws {
        let tree = try TemporaryTree()
        let files = StaticFiles(root: tree.root)
        let home = get(files, "/")
        #expect(home.status == .ok)
        #expect(home.body == Array("<h1>home</h1>".utf8))
        #expect(home.headerFields[.contentType] == "text/html; charset=utf-8")
        #expect(home.headerFields[.cacheControl] == "no-cache")
        #expect(get(files, "/app.js").headerFields[.contentType] == "text/javascript; charset=utf-8")
        #expect(get(files, "/style.css").headerFields[.contentType] == "text/css; charset=utf-8")
        #expect(get(files, "/sub").body == Array("sub".utf8))
        #expect(get(files, "/sub/").body == Array("sub".utf8))

        let etag = try #require(home.headerFields[.eTag])
        #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"))
        #expect(get(files, "/", ifNoneMatch: etag).status == .notModified)
        #expect(get(files, "/", ifNoneMatch: "\"other\", W/\(etag)").status == .notModified)
        #expect(get(files, "/", ifNoneMatch: "\"other\"").status == .ok)
    }

    @Test func noticesEdits() throws {
        let tree = try TemporaryTree()
        let files = StaticFiles(root: tree.root)
        let before = get(files, "/app.js")
        try tree.write("app.js", "console.log(2222)")
        let after = get(files, "/app.js")
        #expect(after.body == Array("console.log(2222)".utf8))
        #expect(after.headerFields[.eTag] != before.headerFields[.eTag])
    }

    @Test(arguments: [
        ("/escape", 404),          // symlink resolving outside the root
        ("/.env", 404),            // dot-files are never served
        ("/missing.js", 404),
        ("/../secret.txt", 400),   // only reachable by calling StaticFiles directly; the parser removes it
        ("/sub/../../secret.txt", 400),
    ])
    func refusesEscapes(_ path: String, _ status: Int) throws {
        let tree = try TemporaryTree()
        #expect(get(StaticFiles(root: tree.root), path).status.code == status)
    }

    @Test func onlyGetAndHead() throws {
        let tree = try TemporaryTree()
        let files = StaticFiles(root: tree.root)
        let response = get(files, "/", method: .post)
        #expect(response.status == .methodNotAllowed)
        #expect(response.headerFields[.allow] == "GET, HEAD")
        #expect(get(files, "/", method: .head).status == .ok)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1", 200),
        ("GET /../secret.txt HTTP/1.1", 404),
        ("GET /%2e%2e/secret.txt HTTP/1.1", 404),
        ("GET /sub/%2E%2E/%2e%2e/secret.txt HTTP/1.1", 404),
        ("GET /..%2Fsecret.txt HTTP/1.1", 400),
        ("GET /escape HTTP/1.1", 404),
        ("GET /%2eenv HTTP/1.1", 404),
    ])
    func traversalOverTheWire(_ line: String, _ status: Int) throws {
        let tree = try TemporaryTree()
        let server = try TestServer(staticRoot: tree.root)
        defer { server.stop() }
        let client = try server.client()
        try client.send(line + "\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == status)
        #expect(!response.text.contains("top secret"))
    }
}
