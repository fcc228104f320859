/// What renders a theme's pages: the compiled templates (swift-mustache for those they do not model), or
/// swift-mustache alone, the reference the differential test compares the compiled form with.
package enum TemplateEngine: Sendable {
    case compiled
    case reference
}
