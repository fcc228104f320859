import Foundation
import Testing
@testable import GuichetPreview

/// End to end: a real server on a free port, a real site in a temporary folder, raw HTTP requests.
@Suite("guichet serve")
struct PreviewServerTests {
    /// Starts a server on `site`, runs `body`, and always stops the server.
    private func withPreview(_ site: TestSite, heartbeat: Duration = .seconds(15),
                             _ body: (RunningPreview) async throws -> Void) async throws {
        let preview = try await RunningPreview.start(site, heartbeat: heartbeat)
        do {
            try await body(preview)
        } catch {
            try? await preview.stop()
            throw error
        }
        try await preview.stop()
    }

    @Test("edit, break and fix an article: the pages follow, with reload events and the overlay")
    func editorsLoop() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await withPreview(site) { preview in
            let home = try await preview.get("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.text.contains("<script data-guichet-preview>"))
            #expect(home.text.contains("/__guichet/events?since=1"))

            let article = try await preview.get(TestSite.articleURL)
            #expect(article.status == 200)
            #expect(article.text.contains("Mon colis est en retard"))
            #expect(article.text.contains("Votre colis a du retard"))
            #expect(article.text.contains("changer d’avis pendant 14"), "the rule's value is rendered")
            #expect(article.text.contains("data-guichet-preview"))
            #expect(!article.text.contains(ErrorOverlay.elementID))
            // The script goes just before </body>.
            #expect(article.text.range(of: "<script data-guichet-preview>")!.lowerBound
                    < article.text.range(of: "</body>", options: .backwards)!.lowerBound)

            // Two browsers listening.
            let first = try EventStreamClient(port: preview.port, since: 1)
            let second = try EventStreamClient(port: preview.port)
            #expect(try await first.wait { $0.text.contains(": guichet preview, generation 1") })
            #expect(try await second.wait { $0.text.contains(": guichet preview, generation 1") })
            #expect(first.text.contains("text/event-stream"))
            #expect(first.reloads == 0)

            // 1. An edit shows up, and both streams are told to reload.
            try site.writeArticle(body: "Le transporteur a prévenu d’un retard. Vous pouvez changer d’avis pendant {{ withdrawal.period.value }}.")
            let edited = try await preview.get(TestSite.articleURL) { $0.text.contains("Le transporteur a prévenu") }
            #expect(edited.text.contains("Le transporteur a prévenu d’un retard"))
            #expect(try await first.wait { $0.reloads >= 1 })
            #expect(try await second.wait { $0.reloads >= 1 })
            #expect(first.text.contains("event: reload\ndata: 2\n\n"))

            // 2. An unknown rule: the overlay names the file and line, over the last good page.
            try site.writeArticle(body: "Le transporteur a prévenu d’un retard. Vous avez {{ withdrawal.perod.value }} <b>pour</b> changer d’avis.")
            let broken = try await preview.get(TestSite.articleURL) { $0.text.contains(ErrorOverlay.elementID) }
            #expect(broken.status == 200)
            #expect(broken.text.contains("Erreurs dans le contenu"))
            #expect(broken.text.contains("colis-en-retard.md:\(TestSite.bodyLine):"))
            #expect(broken.text.contains("withdrawal.perod"))
            #expect(broken.text.contains("Le transporteur a prévenu d’un retard"), "the last good build stays visible")
            #expect(broken.text.contains("data-guichet-preview"))
            #expect(try await first.wait { $0.reloads >= 2 })
            let status = try await preview.status()
            #expect(status.errorCount == 1)
            #expect(status.published == false)
            #expect(status.serving == true)
            let error = try #require(status.diagnostics.first { $0.severity == "error" })
            #expect(error.file == site.article)
            #expect(error.line == TestSite.bodyLine)
            // Every page shows it, the 404 page too; other files are served as they were.
            #expect(try await preview.get("/").text.contains(ErrorOverlay.elementID))
            #expect(try await preview.get("/nulle-part/").text.contains(ErrorOverlay.elementID))
            #expect(try await preview.get("/assets/style.css").status == 200)

            // 3. Fixed: the page is back, without the overlay.
            try site.writeArticle(body: "Le colis est reparti. Vous pouvez changer d’avis pendant {{ withdrawal.period.value }}.")
            let fixed = try await preview.get(TestSite.articleURL) { !$0.text.contains(ErrorOverlay.elementID) }
            #expect(fixed.status == 200)
            #expect(fixed.text.contains("Le colis est reparti"))
            #expect(!fixed.text.contains("Erreurs dans le contenu"))
            #expect(try await first.wait { $0.reloads >= 3 })
            #expect(try await preview.status().errorCount == 0)

            // One line per build.
            let lines = preview.log.all
            #expect(lines.first?.hasPrefix("Serving the preview of") == true)
            #expect(lines.contains { $0.hasPrefix("built in ") })
            #expect(lines.contains { $0.hasPrefix("1 error: ") && $0.contains("colis-en-retard.md:\(TestSite.bodyLine):") })
            // The edited page was rendered ahead of its build; that build may have been overtaken by the next
            // save (this test saves as soon as the page shows), which is then built instead of reported.
            #expect(lines.contains { $0.hasPrefix("rendered livraison/colis-en-retard/index.html, livraison/colis-en-retard/index.md in ") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("rebuilt in ") }, "\(lines)")
            #expect(!lines.contains { $0.contains("changed or disappeared during the build") }, "\(lines)")

            // Stopping ends the open streams instead of waiting for them.
            try await preview.stop()
            #expect(try await first.waitForEnd(seconds: 5))
        }
    }

    @Test("a page served before the last build still reloads; idle streams get heartbeats")
    func staleGenerationAndHeartbeat() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await withPreview(site, heartbeat: .milliseconds(200)) { preview in
            let stale = try EventStreamClient(port: preview.port, since: 0)
            #expect(try await stale.wait { $0.reloads == 1 })
            #expect(stale.text.contains("event: reload\ndata: 1\n\n"))
            let current = try EventStreamClient(port: preview.port, since: 1)
            #expect(try await current.wait { $0.text.contains(": heartbeat\n\n") })
            #expect(current.reloads == 0)
        }
    }

    @Test("no good build yet: a minimal error page, then the site once fixed")
    func brokenFromTheStart() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.writeArticle(body: "Vous avez {{ withdrawal.perod.value }} pour changer d’avis.")
        try await withPreview(site) { preview in
            let page = try await preview.get(TestSite.articleURL)
            #expect(page.status == 503)
            #expect(page.text.contains("Aperçu indisponible"))
            #expect(page.text.contains("Erreurs dans le contenu"))
            #expect(page.text.contains("colis-en-retard.md:\(TestSite.bodyLine):"))
            #expect(page.text.contains("data-guichet-preview"))
            #expect(try await preview.get("/assets/style.css").status == 404)
            #expect(try await preview.status().serving == false)

            try site.writeArticle(body: "Vous pouvez changer d’avis pendant {{ withdrawal.period.value }}.")
            let fixed = try await preview.get(TestSite.articleURL) { $0.status == 200 }
            #expect(fixed.status == 200)
            #expect(!fixed.text.contains(ErrorOverlay.elementID))
        }
    }

    @Test("never a file outside the site: traversal attempts get 403 or 404")
    func pathTraversal() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await withPreview(site) { preview in
            let attempts = [
                "/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fetc/passwd", "/assets/../../x",
                "/assets/../../../../../../etc/passwd", "/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                "/..%2F..%2F..%2Fetc%2Fpasswd", "/assets/..%5c..%5cguichet.yml", "/assets\\..\\..\\guichet.yml",
                "/%00", "/index.html%00.css", "//etc/passwd", "/etc/passwd", "/.%2e/.%2e/etc/passwd",
                "/%252e%252e/etc/passwd", "/assets/%2e%2e/%2e%2e/guichet.yml",
            ]
            for path in attempts {
                let answer = try await preview.get(path)
                #expect([403, 404].contains(answer.status), "\(path) → \(answer.status)")
                #expect(!answer.text.contains("root:"), "\(path)")
                #expect(!answer.text.contains("swift-tools-version"), "\(path)")
                #expect(!answer.text.contains("contact_form"), "\(path)")
            }
        }
    }

    @Test("404 with the site's page, content types, folders, HEAD, methods")
    func serving() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await withPreview(site) { preview in
            let missing = try await preview.get("/livraison/pas-de-page/")
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
            #expect(missing.text.contains("Cette page est introuvable"))
            #expect(missing.text.contains("data-guichet-preview"))

            let types = [
                "/assets/style.css": "text/css; charset=utf-8",
                "/assets/site.js": "text/javascript; charset=utf-8",
                "/regles.json": "application/json; charset=utf-8",
                "/sitemap.xml": "application/xml; charset=utf-8",
                "/robots.txt": "text/plain; charset=utf-8",
                "/livraison/": "text/html; charset=utf-8",
                "/index.html": "text/html; charset=utf-8",
                "/__guichet/status": "application/json; charset=utf-8",
            ]
            for (path, type) in types {
                let answer = try await preview.get(path)
                #expect(answer.status == 200, "\(path)")
                #expect(answer.headers["content-type"] == type, "\(path)")
            }
            let css = try await preview.get("/assets/style.css")
            #expect(!css.text.contains("data-guichet-preview"), "only HTML gets the script")
            #expect(css.headers["x-content-type-options"] == "nosniff")

            let folder = try await preview.get("/livraison")
            #expect(folder.status == 302)
            #expect(folder.headers["location"] == "/livraison/")

            let head = try await preview.head("/assets/style.css")
            #expect(head.status == 200)
            #expect(head.headers["content-type"] == "text/css; charset=utf-8")
            #expect(head.headers["content-length"] == String(css.body.count))
            let headPage = try await preview.head("/")
            #expect(headPage.status == 200)
            #expect(headPage.headers["content-type"] == "text/html; charset=utf-8")

            for method in ["POST", "PUT", "DELETE"] {
                let refused = try await HTTPClient.fetch(method, "/", port: preview.port)
                #expect(refused.status == 405, "\(method)")
                #expect(refused.headers["allow"] == "GET, HEAD")
            }
        }
    }
}
