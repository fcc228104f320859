/// A theme value's keys without their accessors: enough to document them and to check a template.
struct ThemeSchema: Sendable {
    let name: String
    let summary: String
    /// The keys this type declares itself.
    let keys: [Key]
    /// The type whose keys it also answers (every page answers `Layout`'s), if any.
    let inherited: Inherited?

    struct Key: Sendable {
        let name: String
        let kind: ThemeKeyKind
        let meaning: String
    }

    /// Inheritance is stored as a closure: a schema refers to another, and structs may not contain themselves.
    struct Inherited: Sendable {
        let schema: @Sendable () -> ThemeSchema
    }

    /// Every key it answers, inherited ones included.
    var allKeys: [Key] { keys + (inherited?.schema().allKeys ?? []) }

    func key(named name: String) -> Key? {
        keys.first { $0.name == name } ?? inherited?.schema().key(named: name)
    }
}
