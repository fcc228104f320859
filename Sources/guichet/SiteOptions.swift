import ArgumentParser
import GuichetSite
import HelpCentreRules

/// Options shared by the commands that read the content: where it is, which date, how to report.
struct SiteOptions: ParsableArguments {
    @OptionGroup var folder: SiteFolder
    @Option(help: "Content folder (default: Content in the site's folder).") var content: String?
    @Option(help: "Themes folder, whose files override the built-in default theme's (default: Themes in the site's folder).")
    var themes: String?
    @Option(help: "Settings file (default: guichet.yml beside the content folder).") var config: String?
    @OptionGroup var asOf: AsOfOption
    @Option(help: "How to print findings: text, json or github.") var format: DiagnosticFormat = .text

    var contentFolder: String { content ?? folder.path("Content") }
    var themesFolder: String { themes ?? folder.path("Themes") }

    func buildOptions() throws -> BuildOptions {
        try folder.requireSite(content: content, config: config)
        return try Self.buildOptions(content: contentFolder, themes: themesFolder, config: config, asOf: asOf)
    }

    /// The build's options from the folders and dates a command was given (`serve` has its own flags).
    static func buildOptions(content: String, themes: String, config: String?, asOf: AsOfOption) throws -> BuildOptions {
        let book = try standardRuleBook()
        var options = BuildOptions(asOf: asOf.resolve(clock: book.calendar.clock), book: book,
                                   today: asOf.resolveToday(clock: book.calendar.clock))
        options.contentDirectory = content
        options.themesDirectory = themes
        options.configFile = config
        return options
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
