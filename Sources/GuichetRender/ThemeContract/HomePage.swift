/// `home.mustache`: the home page.
package struct HomePage: ThemePage {
    package static let template = "home"
    package let layout: Layout
    package let categories: [CategorySummary]

    package static let contract = ThemeContract<HomePage>("HomePage", "What `home` receives.", [
        .list("categories", "every category, sorted by `order` then title") { $0.categories },
    ], inheriting: Layout.self, through: \.layout)
}
