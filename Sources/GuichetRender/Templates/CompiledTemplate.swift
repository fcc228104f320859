/// A page template compiled once per build for the Swift type its page receives.
package struct CompiledTemplate<Page: ThemePage>: Sendable {
    let body: TemplateRender<Page>

    package func render(_ page: Page) -> String {
        var html = ""
        // A page is some 10 to 30 kB: growing from empty would copy it a dozen times.
        html.reserveCapacity(1 << 14)
        body(page, &html)
        return html
    }
}
