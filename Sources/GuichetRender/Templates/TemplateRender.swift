/// A compiled piece of template: appends what it renders for a context of type `Context`.
package typealias TemplateRender<Context> = @Sendable (Context, inout String) -> Void
