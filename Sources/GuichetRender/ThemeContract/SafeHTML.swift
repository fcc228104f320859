import Mustache

/// HTML that guichet's own writers produced (the Markdown writer, the JSON-LD writer), as opposed to text that
/// came from an editor or a setting. Only a value of this type can fill a key a template may print with
/// `{{{ key }}}`: a theme key's kind follows from the Swift type its accessor returns (`ThemeKey.html`), so
/// text cannot be declared raw by mistake, and `TemplateKeyCheck` refuses `{{{ }}}` on any other key.
package struct SafeHTML: Sendable, Equatable, MustacheCustomRenderable {
    package let html: String

    /// `html` must come from a writer that escapes every piece of text it puts in: the constructor's label
    /// says so at each of the few places that make one.
    package init(writtenByGuichet html: String) { self.html = html }

    package var renderText: String { html }
    package var isNull: Bool { false }
}
