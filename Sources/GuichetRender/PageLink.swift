/// A page another page may link to, found by the path of its Markdown file under Content/.
package struct PageLink: Sendable {
    package let title: String
    package let description: String
    /// Path of the page under the site root: `livraison/delais/`.
    package let path: String
    package let isDraft: Bool

    package init(title: String, description: String, path: String, isDraft: Bool) {
        self.title = title
        self.description = description
        self.path = path
        self.isDraft = isDraft
    }
}
