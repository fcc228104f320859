import GuichetContent
import Foundation
import GuichetSite
import Testing
@testable import GuichetPreview

@Suite("what the preview adds to pages")
struct PageDecoratorTests {
    private func problem(_ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, .unknownReference, file: "Content/a/<b>.md", line: 3, column: 7, message: message, fix: fix)
    }

    @Test("the script goes before the last </body>; pages without one get it at the end")
    func injection() {
        let page = "<html><body><p>texte</p><script>'</body>'</script></BODY></html>"
        let decorated = PageDecorator.decorate(page, generation: 4, errors: [], hasSite: true)
        #expect(decorated.hasSuffix(LiveReloadScript.tag(generation: 4) + "</BODY></html>"))
        #expect(decorated.contains("/__guichet/events?since=4"))
        #expect(!decorated.contains(ErrorOverlay.elementID))
        #expect(PageDecorator.decorate("sans corps", generation: 1, errors: [], hasSite: true)
                == "sans corps" + LiveReloadScript.tag(generation: 1))
    }

    @Test("the overlay lists each error with its place, escaped")
    func overlay() {
        let errors = [problem("unknown rule '<script>alert(1)</script>' & more", fix: "write \"{{ x }}\""),
                      problem("second")]
        let decorated = PageDecorator.decorate("<body></body>", generation: 2, errors: errors, hasSite: true)
        #expect(decorated.contains("Erreurs dans le contenu"))
        #expect(decorated.contains("2 erreurs : la page affichée est celle de la dernière construction sans erreur."))
        #expect(decorated.contains("Content/a/&lt;b&gt;.md:3:7"))
        #expect(decorated.contains("Référence inconnue : «\u{202F}&lt;script&gt;alert(1)&lt;/script&gt;\u{202F}»"))
        #expect(decorated.contains("Correction\u{00A0}: la commande «\u{202F}guichet rules\u{202F}» liste les règles"))
        #expect(!decorated.contains("<script>alert"))
        #expect(decorated.contains("position:fixed"))
        // The overlay comes before the script, both before </body>.
        let overlay = decorated.range(of: ErrorOverlay.elementID)!.lowerBound
        let script = decorated.range(of: "data-guichet-preview")!.lowerBound
        #expect(overlay < script)
        #expect(decorated.hasSuffix("</body>"))
        let unbuilt = PageDecorator.decorate(ErrorOverlay.page(), generation: 1, errors: [problem("x")], hasSite: false)
        #expect(unbuilt.contains("1 erreur : le site n’a pas encore pu être construit."))
    }

    /// Issue 28, point 8: the panel mixed languages (« Correction : write '{{ … }}' … say so on the line
    /// before »). A finding as the figure check makes it is told in French, its specifics kept.
    @Test("the panel is entirely in French")
    func frenchPanel() {
        let typed = Diagnostic(.error, .hardCodedFigure, file: "Content/a/b.md", line: 6, column: 11,
                               message: "'14 jours' types the figure of rule 'withdrawal.period': the sentence mentions “rétracter”",
                               fix: "write '{{ withdrawal.period.value }}' (« 14\u{a0}jours ») and add 'withdrawal.period' to 'rules:' in the front-matter; if this figure is not the rule's, say so on the line before: <!-- guichet-disable-next-line hard-coded-figure -- why -->",
                               rule: "withdrawal.period")
            .with(CertainEdit(replace: "14 jours", with: "{{ withdrawal.period.value }}", addRule: "withdrawal.period"))
        let typo = Diagnostic(.error, .unknownReference, file: "Content/a/b.md", line: 8, column: 3,
                              message: "unknown rule or function 'withdrawl.period'", fix: "did you mean '{{ withdrawal.period }}'?")
        let panel = ErrorOverlay.panel([typed, typo], hasSite: true)
        #expect(panel.contains("Chiffre tapé à la main : «\u{202F}14 jours\u{202F}», «\u{202F}withdrawal.period\u{202F}»"))
        #expect(panel.contains("Correction\u{00A0}: écrivez «\u{202F}{{ withdrawal.period.value }}\u{202F}» au lieu de «\u{202F}14 jours\u{202F}», et ajoutez «\u{202F}withdrawal.period\u{202F}» à «\u{202F}rules:\u{202F}» dans l’en-tête"))
        #expect(panel.contains("Référence inconnue : «\u{202F}withdrawl.period\u{202F}»"))
        #expect(panel.contains("Correction\u{00A0}: vouliez-vous dire «\u{202F}{{ withdrawal.period }}\u{202F}»\u{202F}?"))
        for english in ["write", "say so", "types the", "the sentence", "did you mean", "unknown rule", "front-matter"] {
            #expect(!panel.contains(english), "\(english)")
        }
    }

    @Test("every code has a French name and advice")
    func catalogueIsComplete() {
        for code in DiagnosticCode.allCases {
            #expect(FrenchFindings.catalogue[code] != nil, "\(code.rawValue)")
        }
    }

    @Test("a site built by `guichet build` never contains the preview's script")
    func buildOutputHasNoScript() throws {
        let site = try TestSite()
        defer { site.remove() }
        var options = site.options()
        options.outputDirectory = site.root.appendingPathComponent("Output").path
        let report = try SiteBuilder(options: options).build()
        #expect(report.published)
        for file in report.files {
            let text = try String(contentsOfFile: options.outputDirectory + "/" + file, encoding: .utf8)
            #expect(!text.contains("__guichet"), "\(file)")
            #expect(!text.contains("data-guichet-preview"), "\(file)")
            #expect(!text.contains(ErrorOverlay.elementID), "\(file)")
        }
    }

    @Test("one line per build")
    func summaries() {
        let good = PreviewBuild(folder: "/tmp/x", problems: [], seconds: 0.123)
        #expect(PreviewBuilder.summary(good, first: true) == "built in 0.12 s")
        #expect(PreviewBuilder.summary(good, first: false) == "rebuilt in 0.12 s")
        let bad = PreviewBuild(folder: nil, problems: [problem("a"), problem("b")], seconds: 0.1)
        #expect(PreviewBuilder.summary(bad, first: false)
                == "2 errors: Content/a/<b>.md:3:7: a; Content/a/<b>.md:3:7: b")
    }

    @Test("a site that cannot be written is one error, with its path and cause, in the line and the overlay")
    func writeFailure() {
        let error = SiteError(.cannotWrite, path: "/tmp/apercu/site/index.html",
                              underlying: POSIXError(.ENOSPC))
        let finding = error.diagnostic
        #expect(finding.code == .cannotWrite && finding.severity == .error && finding.place == "/tmp/apercu/site/index.html")
        let build = PreviewBuild(folder: nil, problems: [finding], seconds: 0.1)
        #expect(PreviewBuilder.summary(build, first: true)
                == "1 error: /tmp/apercu/site/index.html: cannot write /tmp/apercu/site/index.html\n  caused by: No space left on device")
        #expect(ErrorOverlay.panel(build.errors, hasSite: true).contains("<code style=\"font:600 13px/1.4 ui-monospace,monospace\">/tmp/apercu/site/index.html</code>"))
    }
}
