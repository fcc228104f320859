import Foundation
import GuichetContent

/// What is left to do before a site may be published (`not-ready`): the starter's example values still in
/// guichet.yml, and a base_url that is no address of the published site. The skeleton sentences of
/// `guichet new` are found where articles are read (`ArticleScaffold.leftovers`).
///
/// Every finding is a warning here; `BuildOptions.unfinishedIsError` (guichet build, check --strict) makes
/// them errors.
enum Readiness {
    /// The comment that marks, in Starter/guichet.yml, a value written as an example to be replaced. Only the
    /// values so marked are compared, and only for equality: the check never guesses from wording that a
    /// value is an example.
    static let exampleMark = "# exemple à remplacer"

    /// The starter's marked values by dotted key (`legal.company` → `Exemple Marché SAS`), from the
    /// guichet.yml the binary carries.
    static let starterExamples: [String: String] = {
        guard let data = SiteStarter.files.first(where: { $0.path == "guichet.yml" })?.data else { return [:] }
        return examples(in: String(decoding: data, as: UTF8.self))
    }()

    /// The values of `yaml` whose line carries `exampleMark`.
    static func examples(in yaml: String) -> [String: String] {
        let lines = SourceText.lines(of: yaml)
        let marked = Set(lines.indices.filter { lines[$0].hasSuffix(exampleMark) }.map { $0 + 1 })
        return YAMLScalars.read(yaml).filter { marked.contains($0.value.position.line) }.mapValues(\.value)
    }

    /// A warning for each value of the settings file equal to the starter's example for the same key.
    static func settings(_ text: String, file: String, examples: [String: String] = starterExamples) -> [Diagnostic] {
        YAMLScalars.read(text).filter { examples[$0.key] == $0.value.value }.sorted { $0.key < $1.key }.map { key, value in
            .warning(.notReady, file, value.position,
                     "'\(key)' is still the starter's example ('\(value.value)')",
                     fix: key.hasPrefix("mediator.")
                        ? "write the name, website and address of the consumer mediator you have appointed (your agreement with them gives them)"
                        : "write your company's own information, as on its Kbis extract")
        }
    }

    /// base_url on localhost or a reserved example domain: the canonical URLs, the sitemap and robots.txt
    /// would send readers and search engines there. Only for the base_url of guichet.yml: one given with
    /// `--base-url` is a choice made for that build (a local test, CI's browser checks).
    static func baseURL(_ config: SiteConfig, text: String?, file: String, options: BuildOptions) -> Diagnostic? {
        guard options.baseURL == nil, let host = host(of: config.baseURL), isPlaceholder(host) else { return nil }
        let origin = config.given.contains("base_url") ? "" : " (the default)"
        let at = text.flatMap { YAMLScalars.read($0)["base_url"]?.position }
        return Diagnostic(.warning, .notReady, file: file, line: at?.line ?? 0, column: at?.column ?? 0,
                          message: "base_url\(origin) '\(config.baseURL)' is a local or example address, not where the site is published",
                          fix: "set base_url in guichet.yml to the site's address (https://aide.votre-boutique.fr/), or pass --base-url for a local build")
    }

    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@").last.map(String.init) ?? ""
        if hostAndPort.hasPrefix("[") { return String(hostAndPort.prefix { $0 != "]" }.dropFirst()) }
        return String(hostAndPort.prefix { $0 != ":" }).lowercased()
    }

    /// localhost, a loopback address, or example.* (RFC 2606 reserves example.com, .net, .org; the
    /// starter's and the documentation's examples use example.fr too).
    static func isPlaceholder(_ host: String) -> Bool {
        let labels = host.split(separator: ".")
        return host == "localhost" || host.hasSuffix(".localhost") || host.hasPrefix("127.") || host == "::1" || host == "0.0.0.0"
            || (labels.count >= 2 && labels[labels.count - 2] == "example")
    }
}
