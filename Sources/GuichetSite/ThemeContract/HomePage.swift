/// `home.mustache`: the home page.
struct HomePage: ThemePage {
    static let template = "home"
    let layout: Layout
    let categories: [CategorySummary]

    static let contract = ThemeContract<HomePage>("HomePage", "What `home` receives.", [
        .list("categories", "every category, sorted by `order` then title") { $0.categories },
    ], inheriting: Layout.self, through: \.layout)
}
