import ArgumentParser
import Foundation
import GuichetSite

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "The built-in default theme.", subcommands: [ThemeEject.self, ThemeList.self])
}

struct ThemeList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the built-in theme's files.")

    func run() {
        for path in ThemeEjector.available { print(path) }
    }
}

struct ThemeEject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy the built-in default theme (or some of its files) into Themes/default/ to customise it.",
        discussion: "A file of Themes/default/ replaces the built-in one of the same name; the others stay built in.")

    @OptionGroup var folder: SiteFolder
    @Option(help: "Themes folder (default: Themes in the site's folder).") var themes: String?
    @Option(parsing: .upToNextOption, help: "Only these files, such as article.mustache or assets/style.css.") var only: [String] = []
    @Flag(help: "Overwrite files Themes/default/ has already.") var force = false

    func run() throws {
        try reportingFailures {
            if self.themes == nil { try folder.requireSite() }
            let themes = self.themes ?? folder.path("Themes")
            let result: (outcome: ThemeEjector.Outcome, kept: [String])
            do {
                result = try ThemeEjector.eject(into: themes, only: only, force: force)
            } catch let error as SiteError {
                throw CommandFailure.cannotWrite(error.description)
            }
            switch result.outcome {
            case .unknown(let names):
                let lines = names.map { "'\($0.name)' is not a file of the built-in theme" + ($0.suggestion.map { "; did you mean '\($0)'?" } ?? "") }
                throw CommandFailure.usage(lines.joined(separator: "\n") + "\n  fix: `guichet theme list` lists its files")
            case .written(let paths):
                for path in paths { print("created \(themes)/default/\(path)") }
            }
            for path in result.kept { print("kept \(themes)/default/\(path) (it exists; --force replaces it)") }
        }
    }
}
