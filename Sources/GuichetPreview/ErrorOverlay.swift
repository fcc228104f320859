import GuichetContent
import GuichetMarkdown

/// The panel shown over every page while the content has errors: each error's place and message, above
/// the last good build (or on a minimal page when no build has ever succeeded). Wording for editors is
/// French, as the site's; the findings themselves are the tool's English messages, as in `guichet check`.
enum ErrorOverlay {
    static let elementID = "guichet-erreurs"

    /// A fixed-position panel; every text from the content is escaped.
    static func panel(_ errors: [Diagnostic], hasSite: Bool) -> String {
        let count = errors.count
        let lead = hasSite
            ? "\(count) erreur\(count == 1 ? "" : "s") : la page affichée est celle de la dernière construction sans erreur."
            : "\(count) erreur\(count == 1 ? "" : "s") : le site n’a pas encore pu être construit."
        let items = errors.map { error in
            var item = "<li style=\"margin:.5em 0\"><code style=\"font:600 13px/1.4 ui-monospace,monospace\">"
                + escape(error.place) + "</code> — " + escape(FrenchFindings.message(error))
            let fix = FrenchFindings.fix(error)
            if !fix.isEmpty {
                item += "<br><span style=\"opacity:.8\">Correction\u{00A0}: " + escape(fix) + "</span>"
            }
            return item + "</li>"
        }.joined(separator: "\n")
        return """
        <aside id="\(elementID)" role="alert" aria-live="assertive" style="all:initial;display:block;position:fixed;z-index:2147483647;\
        left:1rem;right:1rem;bottom:1rem;max-height:60vh;overflow:auto;box-sizing:border-box;padding:1rem 1.25rem;\
        background:#fff4f4;color:#4a0a0a;border:2px solid #b3261e;border-radius:8px;\
        box-shadow:0 6px 28px rgba(0,0,0,.3);font:14px/1.5 system-ui,-apple-system,sans-serif">
        <button type="button" onclick="this.parentNode.remove()" style="float:right;font:inherit;cursor:pointer">Masquer</button>
        <strong style="display:block;font-size:17px;margin-bottom:.25em">Erreurs dans le contenu</strong>
        <p style="margin:0 0 .5em">\(escape(lead)) Corrigez les fichiers ; la page se rechargera d’elle-même.</p>
        <ul style="margin:0;padding-left:1.25em">
        \(items)
        </ul>
        </aside>

        """
    }

    /// The page served when there is no site to show yet.
    static func page() -> String {
        """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Erreurs dans le contenu — aperçu</title>
        </head>
        <body>
        <main style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
        <h1>Aperçu indisponible</h1>
        <p>Le site n’a pas pu être construit. Corrigez les erreurs indiquées ci-dessous : l’aperçu se mettra à jour tout seul.</p>
        </main>
        </body>
        </html>

        """
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escaped(text) }
}
