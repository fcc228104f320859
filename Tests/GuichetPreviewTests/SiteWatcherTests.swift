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

#if canImport(Glibc)
@Suite("inotify")
struct InotifyEventsTests {
    /// Events arrive asynchronously: asks a few times before saying nothing came.
    func settle(_ events: InotifyEvents) -> Bool {
        for _ in 0..<20 {
            if events.changed() { return true }
            usleep(10_000)
        }
        return false
    }

    @Test("a save, a new folder's files and the settings file count; backups and the build's output do not")
    func events() throws {
        let site = try TestSite()
        defer { site.remove() }
        let events = try #require(InotifyEvents(paths: [site.content, site.config]))
        #expect(!events.changed(), "nothing happened yet")

        try site.write("Content/livraison/.colis-en-retard.md.swp", "swap")
        try site.write("Content/livraison/colis-en-retard.md~", "backup")
        #expect(!settle(events), "hidden files and editor backups are not content")

        let text = try String(contentsOfFile: site.article, encoding: .utf8)
        try Data((text + "\nUne phrase.\n").utf8).write(to: URL(fileURLWithPath: site.article))
        #expect(settle(events), "an article saved")
        #expect(!events.changed(), "each event is reported once")

        try FileManager.default.createDirectory(atPath: site.content + "/nouvelle", withIntermediateDirectories: true)
        #expect(settle(events), "a new category folder")
        try site.write("Content/nouvelle/_index.md", "---\ntitle: Nouvelle\n---\n")
        #expect(settle(events), "a file in a folder created after the watch started")

        try site.write("Output/index.html", "<p>built</p>")
        try site.write("autre.txt", "beside the settings file")
        #expect(!settle(events), "other files beside the settings file do not count")
        try Data("title: Autre\n".utf8).write(to: URL(fileURLWithPath: site.config), options: .atomic)
        #expect(settle(events), "the settings file replaced by a rename")
    }
}
#endif
