/// `alias.mustache`: a page at an article's old address that sends the reader to its new one.
package struct AliasPage: ThemePage {
    package static let template = "alias"
    package let layout: Layout
    package let target: String
    package let canonicalTarget: String

    package static let contract = ThemeContract<AliasPage>("AliasPage", "What `alias` receives; `page` is the target page.", [
        .text("target_url", "the new address, root-relative") { $0.target },
        .text("target_canonical_url", "the new address, absolute") { $0.canonicalTarget },
    ], inheriting: Layout.self, through: \.layout)
}
