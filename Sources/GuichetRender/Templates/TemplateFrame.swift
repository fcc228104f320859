/// One value of a compiled template's context, seen from the context's type `Context`: how a name is read
/// from it at compile time, and what `{{ . }}` reads when it is the innermost.
package struct TemplateFrame<Context>: Sendable {
    /// The read of a key of this value, or nil when it has none (swift-mustache then looks further out).
    package let lookup: @Sendable (String) -> ThemeRead<Context>?
    /// `.`
    package let itself: ThemeRead<Context>

    /// The frame seen from a context that holds this one.
    func through<Outer>(_ path: @escaping @Sendable (Outer) -> Context) -> TemplateFrame<Outer> {
        let lookup = self.lookup
        return TemplateFrame<Outer>(lookup: { lookup($0)?.through(path) }, itself: itself.through(path))
    }

    /// A theme value opened by a section, read as swift-mustache's `child(named:)` reads it.
    static func keys<Inner: ThemeValue, Outer>(of type: Inner.Type) -> TemplateFrame<Context> where Context == TemplateChain<Inner, Outer> {
        TemplateFrame(lookup: { Inner.contract.typedRead(of: $0)?.through { (chain: Context) in chain.value } },
                      itself: .unmodelled)
    }

    /// The page value itself.
    static func page(_ type: Context.Type) -> TemplateFrame<Context> where Context: ThemeValue {
        TemplateFrame(lookup: { Context.contract.typedRead(of: $0) }, itself: .unmodelled)
    }

    /// A text, a number or an empty list opened by a section: swift-mustache reads names in them by
    /// reflection, which finds none.
    static func opaque<Inner, Outer>(_ itself: ThemeRead<Context> = .unmodelled) -> TemplateFrame<Context> where Context == TemplateChain<Inner, Outer> {
        TemplateFrame(lookup: { _ in nil }, itself: itself)
    }
}
