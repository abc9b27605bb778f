import HTTPCore
import HTTPTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves the files under a root folder for `GET` and `HEAD`: `index.html` for a directory,
/// content types by extension, a strong `ETag` answered with 304 on `If-None-Match`.
///
/// Nothing outside the root is reachable: the parser has already decoded the path, removed
/// dot-segments and refused `%2F`; here dot-files are hidden and the resolved path (symlinks
/// followed by `realpath`) must still lie under the resolved root, else 404.
public struct StaticFiles: Sendable {
    /// The folder served, as given.
    public let root: String
    private let resolvedRoot: String?
    private let cache = FileCache()

    /// Serves `root`; if it does not exist, every request gets 404.
    public init(root: String) {
        self.root = root
        resolvedRoot = Self.realPath(root)
    }

    /// The file for `request.path`, a 304, or an `HTTPError` (404, 405, 400).
    public func respond(to request: Request) throws -> Response {
        guard request.method == .get || request.method == .head else {
            var fields = HTTPFields()
            fields[.allow] = "GET, HEAD"
            throw HTTPError(.methodNotAllowed, detail: "Static files only answer GET and HEAD.", headerFields: fields)
        }
        let notFound = HTTPError.notFound("No file at \(request.path).")
        guard let resolvedRoot, request.path.hasPrefix("/") else { throw notFound }
        for segment in request.path.split(separator: "/") {
            if segment == ".." || segment.contains("\0") {
                throw HTTPError(.badRequest, detail: "The path is not allowed.")
            }
            // Dot-files (.git, .env…) are never published.
            if segment.hasPrefix(".") { throw notFound }
        }
        var relative = request.path
        if relative.hasSuffix("/") { relative += "index.html" }
        guard var path = Self.realPath(resolvedRoot + relative), Self.isInside(path, resolvedRoot) else {
            throw notFound
        }
        var isDirectory = false
        var identity = FileCache.identity(of: path, isDirectory: &isDirectory)
        if identity == nil && isDirectory {
            guard let index = Self.realPath(path + "/index.html"), Self.isInside(index, resolvedRoot) else {
                throw notFound
            }
            path = index
            identity = FileCache.identity(of: path, isDirectory: &isDirectory)
        }
        guard let identity else { throw notFound }
        let entry = try cache.entry(for: path, identity: identity)
        var fields = HTTPFields()
        fields[.eTag] = entry.etag
        // Not fingerprinted, so every use revalidates; the ETag makes that a cheap 304.
        fields[.cacheControl] = "no-cache"
        if Self.matches(request.headerFields[values: .ifNoneMatch], etag: entry.etag) {
            return Response(status: .notModified, headerFields: fields)
        }
        fields[.contentType] = ContentTypes.forPath(path)
        return Response(status: .ok, headerFields: fields, body: entry.bytes)
    }

    /// RFC 9110 §13.1.2: `*` or any listed tag matching by weak comparison.
    static func matches(_ values: [String], etag: String) -> Bool {
        for value in values {
            for candidate in value.split(separator: ",") {
                var tag = candidate.drop { $0 == " " || $0 == "\t" }
                while tag.last == " " || tag.last == "\t" { tag = tag.dropLast() }
                if tag == "*" { return true }
                if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
                if tag == etag { return true }
            }
        }
        return false
    }

    private static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
