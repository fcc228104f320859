import ArgumentParser
import Foundation
import GuichetSite

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a help centre: guichet.yml, a category per topic with a starter article, and a README for editors.",
        discussion: """
            The default theme is inside guichet: the new site needs no Themes/ folder (`guichet theme eject` \
            copies it there to customise it). The preview and `guichet check` work at once; `guichet build` and \
            `guichet check --strict` refuse the site (not-ready) until the values guichet.yml marks \
            « # exemple à remplacer » (legal notices, mediator) are yours and base_url is the site's address.
            """)

    @Argument(help: "The folder to create the site in (default: the current folder).") var folder = "."
    @Flag(help: "Add the starter's files to a folder that holds a site already; no existing file is overwritten.")
    var force = false

    func run() throws {
        try reportingFailures {
            let result: (written: [String], kept: [String])
            do {
                result = try SiteStarter.write(into: folder, force: force)
            } catch let error as SiteError {
                if case .alreadyASite = error.reason {
                    throw CommandFailure.failed("\(error.description)\n  fix: choose an empty folder (guichet init aide), or pass --force to add only the missing files")
                }
                throw CommandFailure.cannotWrite(error.description)
            }
            let shown = folder == "." ? "" : folder + "/"
            for path in result.written { print("created \(shown)\(path)") }
            for path in result.kept { print("kept \(shown)\(path) (it exists)") }
            let site = folder == "." ? "" : " -s \(folder)"
            print("""

                Next:
                  guichet serve\(site)         preview at http://127.0.0.1:8080/, reloaded on every save
                  guichet new\(site) livraison/colis-en-retard   a new article (a draft)
                  guichet check\(site)         what to fix, at file:line:column
                Before publishing, in \(shown)guichet.yml: replace the values marked « # exemple à remplacer »
                (legal notices and mediator) and set base_url to the site's address; until then
                `guichet check\(site) --strict` lists them and `guichet build\(site)` refuses to publish.
                """)
        }
    }
}
