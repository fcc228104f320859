/// A tag's name, split once when the template is parsed rather than at every render.
package struct MustacheName: Sendable, Equatable {
    package enum Path: Sendable, Equatable {
        /// `.`: the value the innermost section opened.
        case implicit
        /// `a.b.c`: `a` looked up from the innermost value outwards, the rest inside it.
        case parts([String])
    }

    package let path: Path
    /// `empty(list)`: the transform applied to what the name reads (swift-mustache's), innermost last.
    package let transforms: [String]

    package init(path: Path, transforms: [String]) {
        self.path = path
        self.transforms = transforms
    }
}
