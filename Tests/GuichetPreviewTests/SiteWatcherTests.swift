import Foundation
import Testing
@testable import GuichetPreview

@Suite("change detection")
struct SiteWatcherTests {
    @Test("the signature changes on every save, and only then")
    func signature() throws {
        let site = try TestSite()
        defer { site.remove() }
        let watcher = SiteWatcher(paths: [site.content, Paths.themes, site.config])
        let initial = watcher.signature()
        #expect(initial == watcher.signature())
        #expect(initial.stamps[site.article] != nil)
        #expect(initial.stamps[site.config] != nil)
        #expect(initial.stamps.keys.contains { $0.hasSuffix("templates/layout.mustache") })

        // Hidden files and editor backups are not content.
        try site.write("Content/livraison/.colis-en-retard.md.swp", "swap")
        try site.write("Content/livraison/colis-en-retard.md~", "backup")
        #expect(watcher.signature() == initial)

        // Same size, another modification time.
        let fm = FileManager.default
        let text = try String(contentsOfFile: site.article, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "retard ?", with: "délai ?").utf8).write(to: URL(fileURLWithPath: site.article))
        try fm.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: site.article)
        let edited = watcher.signature()
        #expect(edited != initial)

        try site.write("Content/livraison/nouveau.md", "---\ntitle: x\n---\n")
        let added = watcher.signature()
        #expect(added != edited)
        try fm.removeItem(atPath: site.content + "/livraison/nouveau.md")
        #expect(watcher.signature() == edited)

        // The settings file appearing counts too.
        let withoutSettings = SiteWatcher(paths: [site.root.appendingPathComponent("absent.yml").path])
        let before = withoutSettings.signature()
        try site.write("absent.yml", "title: x")
        #expect(withoutSettings.signature() != before)
    }
}
