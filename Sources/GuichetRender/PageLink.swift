/// A page another page may link to, found by the path of its Markdown file under Content/.
package struct PageLink: Sendable {
    package let title: String
    package let description: String
    /// Path of the page under the site root: `livraison/delais/`.
    package let path: String
    package let isDraft: Bool
    /// An article whose file did not read (its front-matter is wrong): its own finding stops the build, so a
    /// link to it is neither broken nor checked further, rather than one more error per link (`SitePreparer`).
    package let isUnread: Bool

    package init(title: String, description: String, path: String, isDraft: Bool, isUnread: Bool = false) {
        self.title = title
        self.description = description
        self.path = path
        self.isDraft = isDraft
        self.isUnread = isUnread
    }
}
