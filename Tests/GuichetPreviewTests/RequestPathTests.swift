import Foundation
import Testing
@testable import GuichetPreview

@Suite("request paths")
struct RequestPathTests {
    @Test("segments are decoded after splitting, strictly")
    func segments() throws {
        #expect(try RequestPath.segments("/").get() == [])
        #expect(try RequestPath.segments("/livraison/d%C3%A9lai.html").get() == ["livraison", "délai.html"])
        #expect(try RequestPath.segments("//a///b/").get() == ["a", "b"])
        #expect(try RequestPath.segments("/%252e%252e").get() == ["%2e%2e"])
        for refused in ["/..", "/a/../b", "/%2e%2e/x", "/%2E%2e", "/.%2e", "/.", "/a%2fb", "/a%2Fb", "/a%5cb",
                        "/a\\b", "/a%00", "/.git/config", "/a%0d%0aSet-Cookie:x", "relative", "", "*"] {
            guard case .failure(.forbidden) = RequestPath.segments(refused) else {
                Issue.record("\(refused) was not refused")
                continue
            }
        }
        for malformed in ["/%", "/%2", "/%zz", "/%c3"] {
            guard case .failure(.badRequest) = RequestPath.segments(malformed) else {
                Issue.record("\(malformed) was not a bad request")
                continue
            }
        }
    }

    @Test("files, folders, redirects, and symbolic links leading out")
    func resolve() throws {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("guichet-request-path-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: base) }
        let site = base.appendingPathComponent("site")
        try fm.createDirectory(at: site.appendingPathComponent("livraison"), withIntermediateDirectories: true)
        try fm.createDirectory(at: site.appendingPathComponent("vide"), withIntermediateDirectories: true)
        try Data("accueil".utf8).write(to: site.appendingPathComponent("index.html"))
        try Data("livraison".utf8).write(to: site.appendingPathComponent("livraison/index.html"))
        try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("dehors.txt").path,
                                  withDestinationPath: base.appendingPathComponent("secret.txt").path)
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("parent").path, withDestinationPath: base.path)
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("dedans.html").path,
                                  withDestinationPath: site.appendingPathComponent("index.html").path)
        let root = try #require(RequestPath.realPath(site.path))

        #expect(RequestPath.resolve("/", root: root) == .file(root + "/index.html"))
        #expect(RequestPath.resolve("/index.html", root: root) == .file(root + "/index.html"))
        #expect(RequestPath.resolve("/livraison/", root: root) == .file(root + "/livraison/index.html"))
        #expect(RequestPath.resolve("/livraison", root: root) == .redirect("/livraison/"))
        #expect(RequestPath.resolve("/vide/", root: root) == .notFound)
        #expect(RequestPath.resolve("/absent.html", root: root) == .notFound)
        #expect(RequestPath.resolve("/dedans.html", root: root) == .file(root + "/index.html"))
        #expect(RequestPath.resolve("/dehors.txt", root: root) == .forbidden)
        #expect(RequestPath.resolve("/parent/secret.txt", root: root) == .forbidden)
        #expect(RequestPath.resolve("/parent/", root: root) == .forbidden)
        #expect(RequestPath.resolve("/../secret.txt", root: root) == .forbidden)
        #expect(RequestPath.resolve("/%2e%2e/secret.txt", root: root) == .forbidden)
        #expect(RequestPath.resolve("/%zz", root: root) == .badRequest)
    }

    @Test("content types by extension")
    func mediaTypes() {
        let expected = [
            "a.html": "text/html; charset=utf-8", "a.css": "text/css; charset=utf-8",
            "a.js": "text/javascript; charset=utf-8", "a.json": "application/json; charset=utf-8",
            "a.xml": "application/xml; charset=utf-8", "a.txt": "text/plain; charset=utf-8",
            "a.svg": "image/svg+xml", "a.png": "image/png", "a.jpg": "image/jpeg", "A.JPG": "image/jpeg",
            "a.webp": "image/webp", "favicon.ico": "image/x-icon", "f.woff2": "font/woff2",
            "x/.profile": "application/octet-stream", "LICENSE": "application/octet-stream",
        ]
        for (path, type) in expected {
            #expect(MediaTypes.type(forPath: path) == type, "\(path)")
        }
    }
}
