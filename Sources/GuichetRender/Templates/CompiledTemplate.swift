/// A page template compiled once per build for the Swift type its page receives.
package struct CompiledTemplate<Page: ThemePage>: Sendable {
    let body: TemplateRender<Page>

    package func render(_ page: Page) -> String {
        var html = ""
        body(page, &html)
        return html
    }
}
