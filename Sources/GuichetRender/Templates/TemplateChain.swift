/// The context a section's content is rendered in: the value the section opened, and the context around it,
/// each with its Swift type, so that a name read from an enclosing value is a typed read, not a lookup.
/// A class: one allocation per section entered, where a struct would copy the whole page value each time.
package final class TemplateChain<Value, Outer> {
    package let value: Value
    package let outer: Outer

    package init(_ value: Value, _ outer: Outer) {
        self.value = value
        self.outer = outer
    }
}
