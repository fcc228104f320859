/// The values a compiled template's context holds at one place of the template, innermost last, each seen
/// from the context's type: what resolves a name to a typed read when compiling.
package struct TemplateScope<Context> {
    package let frames: [TemplateFrame<Context>]

    /// The scope inside a section that opened a value: the same frames read through the chain's `outer`,
    /// and the new one.
    func pushing<Inner>(_ frame: TemplateFrame<TemplateChain<Inner, Context>>) -> TemplateScope<TemplateChain<Inner, Context>> {
        TemplateScope<TemplateChain<Inner, Context>>(frames: frames.map { $0.through { $0.outer } } + [frame])
    }

    /// What a name reads: nil when swift-mustache would find nothing (it renders nothing then);
    /// `.unmodelled` when what it would find is not modelled.
    func resolve(_ name: MustacheName) -> ThemeRead<Context>? {
        var read: ThemeRead<Context>?
        switch name.path {
        case .implicit:
            read = frames.last?.itself ?? .unmodelled
        case .parts(let parts):
            // The first part in the innermost value that has it; the rest inside that one, with no going back.
            guard let found = frames.reversed().lazy.compactMap({ $0.lookup(parts[0]) }).first else { return nil }
            read = found
            for part in parts.dropFirst() {
                switch read {
                case .object(let nested)?: read = nested.member(part)
                case .unmodelled?: return .unmodelled
                // Reflection finds nothing in a list, a text, a number or a flag; `SafeHTML` has its `html`.
                case .html?: return .unmodelled
                default: return nil
                }
                if read == nil { return nil }
            }
        }
        guard let value = read else { return nil }
        return Self.transform(value, by: name.transforms)
    }

    /// swift-mustache's transforms: only `empty`, on a list or a text, is modelled; on a value that lacks
    /// it, the name reads nothing.
    private static func transform(_ read: ThemeRead<Context>, by transforms: [String]) -> ThemeRead<Context>? {
        guard !transforms.isEmpty else { return read }
        guard transforms == ["empty"] else { return .unmodelled }
        switch read {
        case .list(let nested): return nested.isEmpty.map { .flag($0) } ?? .unmodelled
        case .texts(let texts): return .flag { texts($0).isEmpty }
        case .text(let text): return .flag { text($0).isEmpty }
        case .object, .html, .flag, .number: return nil
        case .unmodelled: return .unmodelled
        }
    }
}
