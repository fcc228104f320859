/// A page another page may link to, found by the path of its Markdown file under Content/.
struct PageLink: Sendable {
    let title: String
    let description: String
    /// Path of the page under the site root: `livraison/delais/`.
    let path: String
    let isDraft: Bool
}
