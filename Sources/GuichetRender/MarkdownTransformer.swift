import GuichetCheck
import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// Rewrites a page's Markdown tree before rendering: rule references become their French text, links to
/// Markdown files become page URLs. Works on the tree, never on the text, so code spans and code blocks
/// are left alone by construction.
package struct MarkdownTransformer: Sendable {
    package let resolver: ReferenceResolver
    /// Pages by content path (`livraison/delais.md`).
    package let pages: [String: PageLink]
    /// Path prefix of internal URLs (`/` or `/aide/`).
    package let root: String
    /// Whether drafts are part of this build (a preview): a link to one is then only a warning.
    package let includeDrafts: Bool
    /// Every address of the site, for the links written as URLs.
    package let urls: SiteURLs

    package init(resolver: ReferenceResolver, pages: [String: PageLink], root: String, includeDrafts: Bool, urls: SiteURLs) {
        self.resolver = resolver
        self.pages = pages
        self.root = root
        self.includeDrafts = includeDrafts
        self.urls = urls
    }

    package struct Result: Sendable {
        package var document: MarkdownDocument
        /// Each rule the body relies on, with every place it is used.
        package var usedRules: [String: [SourcePoint]] = [:]
        package var diagnostics: [Diagnostic] = []
        package var anchors: [AnchorCheck] = []
        /// The page's override comments (`<!-- guichet-disable-next-line … -->`), removed from the tree.
        package var overrides: [PageOverride] = []
    }

    package func transform(_ document: MarkdownDocument, source: PageSource) -> Result {
        var result = Result(document: document)
        var root = document.root
        root.children = root.children.flatMap { visit($0, near: $0.position, source: source, into: &result) }
        result.document = MarkdownDocument(root: root)
        return result
    }

    private func visit(_ node: MarkdownNode, near block: SourcePosition?, source: PageSource,
                       into result: inout Result) -> [MarkdownNode] {
        let near = node.position ?? block
        switch node.kind {
        case .htmlBlock(let literal):
            // Override comments are for the check: taken out of the tree, so that no page shows them,
            // even with allow_raw_html.
            guard Self.hasCommentOpening(literal) else { return [node] }
            let (overrides, findings, rest) = PageOverride.extract(from: literal, at: near, source: source)
            guard !overrides.isEmpty || !findings.isEmpty else { return [node] }
            result.overrides += overrides
            result.diagnostics += findings
            guard !rest.allSatisfy(\.isWhitespace) else { return [] }
            var kept = node
            kept.kind = .htmlBlock(rest)
            return [kept]
        case .htmlInline(let literal):
            // Inside a line of text (cmark 0.31 and later accept ` -- ` there): refused as in text nodes.
            let rest = inlineOverrides(literal, at: near, source: source, into: &result)
            guard rest != literal else { return [node] }
            var kept = node
            kept.kind = .htmlInline(rest)
            return rest.allSatisfy(\.isWhitespace) ? [] : [kept]
        case .codeBlock, .code, .rawHTML:
            return [node]
        case .paragraph:
            if let list = listReference(node, source: source, into: &result) { return [list] }
        case .text(let literal):
            return expand(inlineOverrides(literal, at: near, source: source, into: &result), at: near, source: source,
                          into: &result)
        case .link(let destination, let title):
            var link = node
            link.kind = .link(destination: rewrite(destination, at: near, source: source, into: &result), title: title)
            link.children = node.children.flatMap { visit($0, near: near, source: source, into: &result) }
            return [link]
        default:
            break
        }
        var copy = node
        copy.children = node.children.flatMap { visit($0, near: near, source: source, into: &result) }
        return [copy]
    }

    /// An override comment inside a line of text: cmark keeps it as text when its reason holds ` -- `, as
    /// HTML forbids `--` inside an inline comment. It would then show on the page; it is refused instead,
    /// and taken out.
    private func inlineOverrides(_ literal: String, at position: SourcePosition?, source: PageSource,
                                 into result: inout Result) -> String {
        guard Self.hasCommentOpening(literal) else { return literal }
        let (_, _, rest) = PageOverride.extract(from: literal, at: position, source: source)
        guard rest != literal, let start = literal.firstRange(of: "<!--") else { return literal }
        let offset = literal.distance(from: literal.startIndex, to: start.lowerBound)
        result.diagnostics.append(PageOverride.notOnItsOwnLine(source.file, at: source.point(of: "<!--", near: position, offset: offset)))
        return rest
    }

    /// `<!--` in the text, found on its bytes: every text node of every page is asked.
    package static func hasCommentOpening(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 0...(bytes.count - 4) where bytes[i] == 0x3C && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D {
                return true
            }
            return false
        }
    }

    // MARK: - References

    /// A paragraph that is only a reference to a rule with items (`{{ withdrawal.exclusions }}`) becomes a
    /// bulleted list of them.
    private func listReference(_ paragraph: MarkdownNode, source: PageSource, into result: inout Result) -> MarkdownNode? {
        guard paragraph.children.count == 1, case .text(let literal) = paragraph.children[0].kind else { return nil }
        let segments = ReferenceParser.parse(literal).filter {
            if case .text(let t) = $0 { return !t.allSatisfy(\.isWhitespace) }
            return true
        }
        guard segments.count == 1, case .reference(let reference) = segments[0],
              case .success(let resolved) = resolver.resolve(reference), !resolved.items.isEmpty else { return nil }
        let position = paragraph.children[0].position ?? paragraph.position
        record(resolved, reference: reference, at: source.point(of: reference.source, near: position, offset: reference.offset),
               source: source, into: &result)
        let items = resolved.items.map { item in
            MarkdownNode(.item(task: nil), children: [MarkdownNode(.paragraph, children: [MarkdownNode(.text(item))])])
        }
        return MarkdownNode(.list(ordered: false, start: 1, tight: true), children: items, position: paragraph.position)
    }

    private func expand(_ literal: String, at position: SourcePosition?, source: PageSource,
                        into result: inout Result) -> [MarkdownNode] {
        // A byte search (Foundation's `contains` went through UTF-16). Where it finds `{{` and a search on
        // characters would not (a combining mark on the second brace), `parse` returns the literal as one
        // text segment: the same node as here.
        guard ReferenceParser.hasOpening(literal) else { return [MarkdownNode(.text(FrenchTypography.apply(literal)), position: position)] }
        var nodes: [MarkdownNode] = []
        for segment in ReferenceParser.parse(literal) {
            switch segment {
            case .text(let text):
                nodes.append(MarkdownNode(.text(FrenchTypography.apply(text)), position: position))
            case .invalid(let error):
                let point = source.point(of: "", near: position, offset: error.offset)
                result.diagnostics.append(.error(.malformedReference, source.file, point, error.message, fix: error.fix))
                nodes.append(MarkdownNode(.text(""), position: position))
            case .reference(let reference):
                let point = source.point(of: reference.source, near: position, offset: reference.offset)
                switch resolver.resolve(reference) {
                case .failure(let failure):
                    let edit = failure.closest.map {
                        CertainEdit(replace: reference.source, with: reference.source.replacingOccurrences(of: reference.id, with: $0))
                    }
                    result.diagnostics.append(Diagnostic.error(failure.code, source.file, point, failure.message, fix: failure.fix,
                                                               rule: reference.id).with(edit))
                    nodes.append(MarkdownNode(.text(reference.source), position: position))
                case .success(let resolved):
                    record(resolved, reference: reference, at: point, source: source, into: &result)
                    let text = MarkdownNode(.text(resolved.text), position: position)
                    if let link = resolved.link {
                        nodes.append(MarkdownNode(.link(destination: link, title: ""), children: [text], position: position))
                    } else {
                        nodes.append(text)
                    }
                }
            }
        }
        return nodes
    }

    private func record(_ resolved: ReferenceResolver.Resolved, reference: Reference, at point: SourcePoint,
                        source: PageSource, into result: inout Result) {
        for rule in resolved.rules {
            result.usedRules[rule, default: []].append(point)
            if let declared = source.declaredRules, !declared.contains(rule) {
                result.diagnostics.append(Diagnostic.error(.undeclaredRule, source.file, point,
                    "'\(reference.source)' relies on rule '\(rule)', which the front-matter does not list",
                    fix: "add '\(rule)' to 'rules:' in the front-matter", rule: rule).with(CertainEdit(addRule: rule)))
            }
        }
    }

    // MARK: - Links

    /// `../livraison/delais.md#anchor` → `/livraison/delais/#anchor`. Links written as URLs of the site
    /// (`/livraison/delais/`, `../remboursement/`, `https://<base_url>/regles.html`) are kept as written, and
    /// checked as a browser would resolve them from this page's own URL; links to other sites are kept.
    private func rewrite(_ destination: String, at position: SourcePosition?, source: PageSource,
                         into result: inout Result) -> String {
        if let service = ClosedService.match(destination) {
            result.diagnostics.append(.error(.closedService, source.file, source.point(of: destination, near: position, offset: 0),
                                             "link to '\(destination)': \(service.why)", fix: service.instead))
            return destination
        }
        if destination.isEmpty { return destination }
        // Found in the source only when a finding or an anchor check needs it: most links need neither, and
        // finding each one's column was 4 % of a full build's samples (perf).
        func point() -> SourcePoint { source.point(of: destination, near: position, offset: 0) }
        let (path, fragment) = ContentPath.splitFragment(destination)
        if path.isEmpty {
            if let fragment, !fragment.isEmpty {
                result.anchors.append(AnchorCheck(file: source.file, position: point(), target: source.contentPath, anchor: fragment))
            }
            return destination
        }
        guard !ContentPath.hasScheme(destination), !destination.hasPrefix("/"), path.hasSuffix(".md") else {
            checkURL(destination, fragment: fragment, at: point(), source: source, into: &result)
            return destination
        }
        guard let target = ContentPath.resolve(path, from: source.contentPath), let page = pages[target] else {
            let resolved = ContentPath.resolve(path, from: source.contentPath)
            let suggestion = resolved.flatMap { Suggestion.closest(to: $0, in: pages.keys.sorted()) }
                .map { ContentPath.relative(from: source.contentPath, to: $0) }
            result.diagnostics.append(.error(.brokenLink, source.file, point(), "link to '\(path)' leads to no article",
                fix: suggestion.map { "did you mean '\($0)'?" } ?? "link to an existing .md file, relative to this one"))
            return destination
        }
        linked(page, target: target, written: path, fragment: fragment, at: point(), source: source, into: &result)
        return root + page.path + (fragment.map { "#\($0)" } ?? "")
    }

    /// A link to the page of an article or a category: a draft is not published, and an anchor must be one
    /// of its headings.
    private func linked(_ page: PageLink, target: String, written: String, fragment: String?, at point: @autoclosure () -> SourcePoint,
                        source: PageSource, into result: inout Result) {
        guard !page.isUnread else { return }
        if page.isDraft && !source.isDraft {
            let point = point()
            let diagnostic = Diagnostic(includeDrafts ? .warning : .error, .linkToDraft, file: source.file,
                                        line: point.line, column: point.column,
                                        message: "link to '\(written)', which is a draft",
                                        fix: "publish it (draft: false) or remove the link")
            result.diagnostics.append(diagnostic)
        }
        if let fragment, !fragment.isEmpty {
            result.anchors.append(AnchorCheck(file: source.file, position: point(), target: target, anchor: fragment))
        }
    }

    /// A link written as a URL: one into the site must lead to a page or file the build writes. A dead one
    /// is an error naming the closest address, spelt as the editor spelt the link.
    private func checkURL(_ destination: String, fragment: String?, at point: @autoclosure () -> SourcePoint, source: PageSource,
                          into result: inout Result) {
        let pagePath = pages[source.contentPath]?.path ?? ""
        guard let (sitePath, spelling) = urls.sitePath(of: destination, from: pagePath) else {
            outsideRoot(destination, at: point(), source: source, into: &result)
            return
        }
        switch urls.target(of: sitePath) {
        case .home, .file:
            return
        case .page(let target):
            guard let page = pages[target] else { return }
            linked(page, target: target, written: destination, fragment: fragment, at: point(), source: source, into: &result)
        case .missing(let missing):
            let resolvedNote = spelling == .relative ? " (from this page, a browser opens \(root + missing))" : ""
            var fix = urls.closest(to: missing).map { "did you mean '\(urls.spell($0, as: spelling, from: pagePath))'?" }
            if missing.hasSuffix(".md"), spelling != .relative, pages[missing] != nil {
                // `/livraison/delais.md`: the file's path, written from the root; the site has no such URL.
                fix = "link to the file relative to this one: '\(ContentPath.relative(from: source.contentPath, to: missing))'"
            }
            result.diagnostics.append(.error(.brokenLink, source.file, point(),
                "link to '\(destination)' leads to no page of the site\(resolvedNote)",
                fix: fix ?? "copy the address of an existing page from the preview, or link to its .md file"))
        }
    }

    /// A path of the host outside a site published under a folder (`/livraison/delais/` for a site at
    /// `/aide/`): another site of the host may answer it, but when it is a page of this one without the
    /// folder, the link was meant for it.
    private func outsideRoot(_ destination: String, at point: @autoclosure () -> SourcePoint, source: PageSource,
                             into result: inout Result) {
        let path = String(ContentPath.splitFragment(destination).path.prefix { $0 != "?" })
        guard root != "/", path.hasPrefix("/"), !path.hasPrefix("//"), let resolved = SiteURLs.removeDotSegments(path),
              case .page = urls.target(of: String(resolved.dropFirst())) else { return }
        let sitePath = String(resolved.dropFirst())
        result.diagnostics.append(.error(.brokenLink, source.file, point(),
            "link to '\(destination)' leads outside the help centre, whose pages are under \(root)",
            fix: "did you mean '\(root + sitePath)'?"))
    }
}
