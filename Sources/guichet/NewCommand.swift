import ArgumentParser
import Foundation
import GuichetContent

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create an article (a draft) with its front-matter, and its category if new.")

    @Argument(help: "<category>/<slug>, such as livraison/colis-en-retard.") var path: String
    @Option(help: "The article's title.") var title: String?
    @OptionGroup var folder: SiteFolder
    @Option(help: "Content folder (default: Content in the site's folder).") var content: String?
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try reportingFailures {
            let (category, slug): (String, String)
            switch ArticleScaffold.parse(path) {
            case .success(let parsed): (category, slug) = parsed
            case .failure(let failure): throw CommandFailure.usage(failure.description)
            }
            try self.folder.requireSite(content: content)
            let fm = FileManager.default
            let folder = "\(content ?? self.folder.path("Content"))/\(category)"
            let file = "\(folder)/\(slug).md"
            guard !fm.fileExists(atPath: file) else {
                throw CommandFailure.failed("\(file) already exists; it was not changed")
            }
            let book = try standardRuleBook()
            let today = asOf.resolve(clock: book.calendar.clock)
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                if !fm.fileExists(atPath: "\(folder)/_index.md") {
                    try write(ArticleScaffold.category(slug: category), to: "\(folder)/_index.md")
                    print("created \(folder)/_index.md")
                }
                let defaultTitle = slug.split(separator: "-").joined(separator: " ")
                try write(ArticleScaffold.article(title: title ?? (defaultTitle.prefix(1).uppercased() + defaultTitle.dropFirst()),
                                                  today: today), to: file)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure.cannotWrite("cannot write \(file): \(error)")
            }
            print("""
                created \(file), a draft: the preview (guichet serve --drafts) shows it, the site does not.
                Next: replace its skeleton sentences and description with your text, then set draft: false;
                `guichet check` names any skeleton sentence left, and `guichet build` refuses to publish one.
                """)
        }
    }

    /// Creates the file only if it does not exist, so that a race with another editor cannot overwrite.
    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
    }
}
