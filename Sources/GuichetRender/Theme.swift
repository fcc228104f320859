import Foundation
import GuichetContent
import Mustache

/// The templates and assets of a theme, with the default theme's filling in whatever it does not define. The
/// default theme is carried in the binary (`EmbeddedTheme`, generated from Themes/default when guichet is
/// built); a site's `Themes/default/` and then `Themes/<theme>/` override its files by name.
package struct Theme: Sendable {
    package let library: MustacheLibrary
    /// The page templates compiled once, when the theme is loaded: what renders the pages.
    package let compiled: CompiledTheme
    /// `.reference` renders every page with swift-mustache (the differential test's reference).
    package var engine = TemplateEngine.compiled
    /// Asset path under `assets/` → its bytes (the site's own file when it overrides the default's).
    package let assets: [String: Data]

    /// How diagnostics name a file of the built-in theme.
    package static let builtInLabel = "(built-in default theme)"

    /// The built-in default theme's files: path under the theme's folder → bytes.
    package static let builtIn: [String: Data] = Dictionary(uniqueKeysWithValues: EmbeddedTheme.base64.map { file in
        (file.path, Data(base64Encoded: file.bytes) ?? Data())
    })

    /// The templates guichet renders, and the layout they inherit from.
    package static let pageTemplates = ["layout"] + ThemePages.all.map(\.template)

    /// A theme's files as read, before its templates are parsed and compiled: what names its assets, which
    /// the outline needs, while the compiling (20 ms) goes on beside it (`ReadSite.outline`).
    package struct Files: Sendable {
        let themesDirectory: String
        let folders: [String]
        /// Template name → the file it comes from and its text (line endings normalised).
        let sources: [String: (file: String, text: String)]
        /// Asset path under `assets/` → its bytes.
        package let assets: [String: Data]
        let diagnostics: [Diagnostic]
        /// A theme folder named in the settings is not there: one finding, not one per template.
        let missingFolder: Bool
    }

    package static func load(themesDirectory: String, name: String) -> (Theme?, [Diagnostic]) {
        compile(read(themesDirectory: themesDirectory, name: name))
    }

    /// The built-in default theme's files, overridden by name by `<themesDirectory>/default/` and then by
    /// `<themesDirectory>/<name>/`.
    package static func read(themesDirectory: String, name: String) -> Files {
        var diagnostics: [Diagnostic] = []
        let folders = name == "default" ? ["default"] : ["default", name]
        var sources: [String: (file: String, text: String)] = [:]
        var assets: [String: Data] = [:]
        for (path, data) in builtIn {
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                sources[name] = ("\(builtInLabel)/\(path)", SourceText.normaliseLineEndings(String(decoding: data, as: UTF8.self)))
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = data
            }
        }
        let fm = FileManager.default
        var missingFolder = false
        for folder in folders {
            let base = "\(themesDirectory)/\(folder)"
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue else {
                // Without Themes/default the built-in theme is the default, as for a site made by `guichet init`.
                if folder == "default" { continue }
                missingFolder = true
                diagnostics.append(Diagnostic(.error, .invalidTemplate, file: base, line: 0, column: 0,
                    message: "theme '\(folder)' not found", fix: "create \(base)/templates/, or set 'theme:' in guichet.yml"))
                continue
            }
            for file in files(in: base + "/templates") where file.hasSuffix(".mustache") {
                let path = "\(base)/templates/\(file)"
                guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(.error(.invalidTemplate, path, .fileStart, "cannot read the template as UTF-8"))
                    continue
                }
                sources[String(file.dropLast(".mustache".count))] = (path, SourceText.normaliseLineEndings(text))
            }
            for file in files(in: base + "/assets") {
                guard let data = fm.contents(atPath: "\(base)/assets/\(file)") else {
                    diagnostics.append(.error(.invalidTemplate, "\(base)/assets/\(file)", .fileStart, "cannot read the asset"))
                    continue
                }
                assets[file] = data
            }
        }
        return Files(themesDirectory: themesDirectory, folders: folders, sources: sources, assets: assets, diagnostics: diagnostics,
                     missingFolder: missingFolder)
    }

    /// The theme `files` make: its templates parsed, checked and compiled; nil with the findings when one is wrong.
    package static func compile(_ files: Files) -> (Theme?, [Diagnostic]) {
        let (themesDirectory, folders, sources, assets) = (files.themesDirectory, files.folders, files.sources, files.assets)
        var diagnostics = files.diagnostics
        let missingFolder = files.missingFolder
        var library = MustacheLibrary()
        HTMLEscapingContentType.registered
        for name in sources.keys.sorted() {
            let (file, text) = sources[name]!
            do {
                library.register(try MustacheTemplate(string: HTMLEscapingContentType.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma's line comes first: the template's lines are one further down.
                diagnostics.append(.error(.invalidTemplate, file,
                    SourcePoint(line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber + 1),
                    "template does not parse: \(Theme.explain(error.error))",
                    fix: "check that every {{# section }} is closed by {{/ section }} with the same name"))
            } catch {
                diagnostics.append(.error(.invalidTemplate, file, .fileStart, "template does not parse: \(error)"))
            }
        }
        // A pragma would replace the HTML escaping guichet selects (`{{% CONTENT_TYPE: TEXT }}` would turn it off).
        for name in sources.keys.sorted() {
            let (file, text) = sources[name]!
            for (index, line) in SourceText.lines(of: text).enumerated() {
                guard let tag = line.range(of: "{{%") else { continue }
                diagnostics.append(.error(.invalidTemplate, file,
                    SourcePoint(line: index + 1, column: line.distance(from: line.startIndex, to: tag.lowerBound) + 1),
                    "templates may not set a pragma ('{{% … }}'): guichet chooses how values are escaped",
                    fix: "remove the tag; write '{{{ name }}}' only for the values the built-in templates ('guichet theme eject') write so"))
            }
        }
        for name in sources.keys.sorted() {
            let (file, text) = sources[name]!
            for use in MustacheTag.scan(text) {
                // swift-mustache renders a missing partial as nothing: a typo would silently drop part of every page.
                if (use.kind == .partial || use.kind == .parent) && sources[use.name] == nil {
                    diagnostics.append(.error(.invalidTemplate, file, use.position, "template names '\(use.name)', which does not exist",
                        fix: "create \(themesDirectory)/\(folders.last!)/templates/\(use.name).mustache or fix the name"))
                }
                // After `{{= <% %> =}}` the checks no longer see the tags: `<%{ title }%>` would print text unescaped.
                if use.kind == .delimiters {
                    diagnostics.append(.error(.invalidTemplate, file, use.position,
                        "templates may not change the tag delimiters ('{{= … =}}'): guichet checks every tag a template prints",
                        fix: "remove the tag and write the tags that follow with '{{ }}'"))
                }
            }
        }
        // …and a key no page gives renders as nothing too.
        diagnostics += TemplateKeyCheck(sources: sources).check()
        // A theme folder that is not there is one finding, not one per template.
        for required in pageTemplates where sources[required] == nil && !missingFolder {
            diagnostics.append(Diagnostic(.error, .invalidTemplate, file: "\(themesDirectory)/default/templates", line: 0, column: 0,
                message: "the theme has no '\(required).mustache'", fix: "restore it from the default theme"))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (Theme(library: library, compiled: CompiledTheme(sources: sources.mapValues(\.text)), assets: assets), diagnostics)
    }

    /// swift-mustache's parser errors are enum cases; say them in words.
    package static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than the one it was opened with"
        case .unfinishedName: return "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }

    /// Files under `folder`, recursively, as relative paths, sorted; hidden files skipped.
    package static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + path
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            result.append(path)
        }
        return result.sorted()
    }

    /// The compiled template renders the page; swift-mustache, the reference, renders the templates the
    /// compiled form does not model (`compiled.fallbacks`), and all of them for the differential test.
    package func render<Page: ThemePage>(_ page: Page) -> String? {
        if engine == .compiled, let html = compiled.render(page) { return html }
        return library.render(page, withTemplate: Page.template)
    }
}
