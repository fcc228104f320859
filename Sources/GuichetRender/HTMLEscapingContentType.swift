import GuichetMarkdown
import Mustache

/// How templates escape `{{ value }}`: the five characters swift-mustache's HTML content type escapes, with
/// the same entities, found on UTF-8 bytes by Guichet's one escaper (`HTMLEscaping`).
///
/// Two reasons to replace the dependency's own: it compares `Character`s, so a `"` followed by a
/// combining mark is one `Character` that is not `"` and goes out unescaped, inside an attribute value
/// (`title="…"`); and it was a tenth of a large build's time. `Theme` starts every template with the
/// pragma that selects this one.
package struct HTMLEscapingContentType: MustacheContentType {
    package static let name = "GUICHET_HTML"
    /// Put before every template's text: selects this content type for it. On a line of its own, which a
    /// standalone tag removes whole, so that the template's own first line stays standalone or not as written.
    package static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registered once, before the first template is parsed.
    package static let registered: Void = MustacheContentTypes.register(HTMLEscapingContentType(), named: name)

    package func escapeText(_ text: String) -> String { HTMLEscaping.escaped(text) }
}
