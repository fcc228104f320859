import Mustache

/// A value a template receives: a Swift struct whose keys are declared once, in its `contract`. The same
/// declaration serves swift-mustache's lookups (`child(named:)`), docs/themes.md (generated from it and
/// compared by a test) and the check of a theme's templates (a key no page gives is reported).
///
/// Why not `[String: Any]`: a dictionary's keys are nowhere declared, and swift-mustache casts every value it
/// looks up through `Dictionary`'s conditional conformance; a struct answers with one index lookup and a switch
/// the compiler wrote.
package protocol ThemeValue: MustacheParent, Sendable {
    static var contract: ThemeContract<Self> { get }
}

extension ThemeValue {
    package func child(named name: String) -> Any? { Self.contract.value(of: name, in: self) }

    /// The contract without its accessors: what documentation and the template check read.
    package static var schema: ThemeSchema { contract.schema }
}
