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
    /// Gathers what inotify reports until it has been quiet for a while.
    func collect(_ events: InotifyEvents) -> InotifyEvents.Change {
        var paths: Set<String> = []
        var quiet = 0
        while quiet < 10 {
            switch events.changes() {
            case .nothing: quiet += 1; usleep(10_000)
            case .everything: return .everything
            case .paths(let more): paths.formUnion(more); quiet = 0
            }
        }
        return paths.isEmpty ? .nothing : .paths(paths)
    }

    @Test("the signature updated at the paths inotify names is the whole signature taken again")
    func updatedSignature() throws {
        let site = try TestSite()
        defer { site.remove() }
        let fm = FileManager.default
        let watcher = SiteWatcher(paths: [site.content, site.config])
        let events = try #require(InotifyEvents(paths: [site.content, site.config]))
        var last = watcher.signature()
        let steps: [(String, () throws -> Void)] = [
            ("an article saved in place", { try site.write("Content/livraison/colis-en-retard.md", "---\ntitle: Autre\n---\n") }),
            ("an article saved by a rename", {
                try site.write("Content/livraison/.tmp-save", "---\ntitle: Renommé\n---\n")
                try fm.moveItem(atPath: site.content + "/livraison/.tmp-save", toPath: site.content + "/livraison/renomme.md")
            }),
            ("a folder with articles", {
                try site.write("Content/nouvelle/_index.md", "---\ntitle: Nouvelle\n---\n")
                try site.write("Content/nouvelle/un.md", "---\ntitle: Un\n---\n")
            }),
            ("a folder moved in from outside", {
                try site.write("dehors/deux.md", "---\ntitle: Deux\n---\n")
                try fm.moveItem(atPath: site.root.appendingPathComponent("dehors").path, toPath: site.content + "/dehors")
            }),
            ("a folder removed", { try fm.removeItem(atPath: site.content + "/nouvelle") }),
            ("an article removed", { try fm.removeItem(atPath: site.content + "/livraison/renomme.md") }),
        ]
        for (what, change) in steps {
            try change()
            let reported = collect(events)
            let whole = watcher.signature()
            #expect(whole != last, "\(what): the change is in the signature")
            switch reported {
            case .nothing: Issue.record("\(what): no event")
            case .everything: Issue.record("\(what): inotify said everything; it should name the paths")
            case .paths(let paths): #expect(watcher.updated(last, at: paths) == whole, "\(what): \(paths.sorted())")
            }
            last = whole
        }
    }

    /// Events arrive asynchronously: asks a few times before saying nothing came.
    func settle(_ events: InotifyEvents) -> Bool {
        for _ in 0..<20 {
            if events.changes() != .nothing { return true }
            usleep(10_000)
        }
        return false
    }

    @Test("a save, a new folder's files and the settings file count; backups and the build's output do not")
    func events() throws {
        let site = try TestSite()
        defer { site.remove() }
        let events = try #require(InotifyEvents(paths: [site.content, site.config]))
        #expect(events.changes() == .nothing, "nothing happened yet")

        try site.write("Content/livraison/.colis-en-retard.md.swp", "swap")
        try site.write("Content/livraison/colis-en-retard.md~", "backup")
        #expect(!settle(events), "hidden files and editor backups are not content")

        let text = try String(contentsOfFile: site.article, encoding: .utf8)
        try Data((text + "\nUne phrase.\n").utf8).write(to: URL(fileURLWithPath: site.article))
        #expect(settle(events), "an article saved")
        #expect(events.changes() == .nothing, "each event is reported once")

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

    @Test("a themes folder made after the start, and a content folder replaced, are watched")
    func foldersThatAppear() throws {
        let site = try TestSite()
        defer { site.remove() }
        let themes = site.root.appendingPathComponent("Themes").path
        let events = try #require(InotifyEvents(paths: [site.content, themes, site.config]))
        try site.write("Themes/default/templates/layout.mustache", "<html></html>")
        #expect(settle(events), "Themes/ ejected while the preview runs")
        try site.write("Themes/default/templates/layout.mustache", "<html lang=\"fr\"></html>")
        #expect(settle(events), "a template edited in it")

        let fm = FileManager.default
        try fm.moveItem(atPath: site.content, toPath: site.content + ".ancien")
        try site.write("Content/livraison/colis-en-retard.md", "---\ntitle: x\n---\n")
        #expect(settle(events), "Content/ replaced")
        try site.write("Content/livraison/colis-en-retard.md", "---\ntitle: y\n---\n")
        #expect(settle(events), "an article saved in the new Content/")
    }

    @Test("a save made before the watch starts is built")
    func aSaveBeforeTheWatch() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let watcher = SiteWatcher(paths: [site.content, site.config])
        let initial = watcher.signature()
        // The first build runs between the signature and the watch: an editor saves meanwhile.
        try site.write("Content/livraison/colis-en-retard.md", "---\ntitle: Enregistré pendant la première construction\n---\n")
        let builds = Counter()
        let article = site.article
        let task = Task {
            await watcher.watch(from: initial, every: .milliseconds(300)) { changed in
                #expect(changed == [article], "the build is told which file changed")
                await builds.add()
            }
        }
        for _ in 0..<100 where await builds.value == 0 { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        #expect(await builds.value == 1)
    }
}

actor Counter {
    private(set) var value = 0
    func add() { value += 1 }
}
#endif
