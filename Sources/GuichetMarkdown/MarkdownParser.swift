internal import CCmarkGFM
internal import Foundation

/// Parses Markdown (CommonMark + GitHub Flavored Markdown) into a ``MarkdownDocument``.
///
/// Enabled: tables, strikethrough, autolinks (`https://…`, `www.…`, e-mail addresses), task lists
/// and footnotes. Safe to call from any number of tasks at once.
///
/// Positions: block nodes get accurate start positions. Inline nodes get cmark-gfm 0.29's inline
/// positions, which are right in the common case (text around emphasis, links, table cells, list
/// and block quote continuation lines) but wrong or missing in these cases:
/// - after a backslash hard line break (`\` at end of line) the line number is one too low;
/// - on a paragraph continuation line indented further than its container, or starting with a
///   tab, the column ignores the stripped indentation;
/// - a code span points at its content, after the opening backticks;
/// - `www.` autolinks are one column early; `https://` and e-mail autolinks have no position, nor
///   does the text following an e-mail autolink on the same line;
/// - soft and hard line breaks have no position.
/// The enclosing block's position is always reliable.
///
/// Adjacent text nodes are merged (keeping the first one's position), so a text node holds a
/// whole run of text between markup, including characters like `[`, `!`, `_` or `*` that did
/// not become markup; empty text nodes are dropped.
///
/// The tree is at most 100 nodes deep: a subtree nested deeper (only pathological input, such as
/// thousands of `>`) is replaced by its text, so that recursing over the tree is always safe.
public struct MarkdownParser: Sendable {
    public init() {}

    /// Parses `text`. Never fails: any input is some Markdown document.
    public func parse(_ text: String) -> MarkdownDocument {
        Self.registerExtensions
        let document = Self.cmarkLock.withLock { Self.parseWithCmark(text) }
        guard let document else {
            // Only an allocation failure inside cmark gets here.
            return MarkdownDocument(children: [])
        }
        defer { cmark_node_free(document) }
        return MarkdownDocument(root: CmarkTreeConverter.convert(document: document))
    }

    /// cmark-gfm's registration is a plain check-then-set on a global; `static let` runs it once.
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm 0.29 keeps its table of special inline characters in process-wide globals and
    /// adds then removes the extensions' characters (`~`, `:`, `w`, …) around every inline pass, so
    /// two parses running at once can miss strikethrough and autolinks. Parsing is serialised;
    /// converting to Swift values and freeing happen outside the lock.
    private static let cmarkLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    private static func parseWithCmark(_ text: String) -> OpaquePointer? {
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                cmark_parser_feed(parser, characters, bytes.count)
            }
        }
        return cmark_parser_finish(parser)
    }
}
