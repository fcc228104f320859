import Foundation

/// A term of the search index as a dictionary key, hashed and compared on its bytes. Terms are ASCII
/// (`[a-z0-9]+`, see `SearchNormaliser`), so byte order is the order of `String`; a `Substring` key went
/// through Unicode normalisation on every hash and comparison, which is most of the index's time for a site
/// of 10,000 articles (two million postings).
package struct SearchTerm: Hashable, Comparable, Sendable {
    package let text: Substring

    package init(_ text: Substring) { self.text = text }

    package func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    package static func == (lhs: SearchTerm, rhs: SearchTerm) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var (left, right) = (lhs.text, rhs.text)
        return left.withUTF8 { a in right.withUTF8 { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    package static func < (lhs: SearchTerm, rhs: SearchTerm) -> Bool {
        lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8)
    }
}
