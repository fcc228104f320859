import GuichetContent
import Foundation

/// Adds the preview's parts to an HTML page just before `</body>`: the error overlay when the content has
/// errors, and the live-reload script. Pages without `</body>` get them at the end.
enum PageDecorator {
    static func decorate(_ html: String, generation: Int, errors: [Diagnostic], hasSite: Bool) -> String {
        var addition = ""
        if !errors.isEmpty { addition += ErrorOverlay.panel(errors, hasSite: hasSite) }
        addition += LiveReloadScript.tag(generation: generation)
        guard let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + addition
        }
        var page = html
        page.insert(contentsOf: addition, at: end.lowerBound)
        return page
    }
}
