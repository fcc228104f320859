/// A theme value's keys without their accessors: enough to document them and to check a template.
package struct ThemeSchema: Sendable {
    package let name: String
    package let summary: String
    /// The keys this type declares itself.
    package let keys: [Key]
    /// The type whose keys it also answers (every page answers `Layout`'s), if any.
    package let inherited: Inherited?

    package struct Key: Sendable {
        package let name: String
        package let kind: ThemeKeyKind
        package let meaning: String
    }

    /// Inheritance is stored as a closure: a schema refers to another, and structs may not contain themselves.
    package struct Inherited: Sendable {
        package let schema: @Sendable () -> ThemeSchema
    }

    /// Every key it answers, inherited ones included.
    package var allKeys: [Key] { keys + (inherited?.schema().allKeys ?? []) }

    package func key(named name: String) -> Key? {
        keys.first { $0.name == name } ?? inherited?.schema().key(named: name)
    }
}
