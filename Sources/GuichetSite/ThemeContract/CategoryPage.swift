/// `category.mustache`: one category and its articles.
struct CategoryPage: ThemePage {
    static let template = "category"
    let layout: Layout
    let category: CategorySummary

    static let contract = ThemeContract<CategoryPage>("CategoryPage", "What `category` receives.", [
        .object("category", "the category") { $0.category },
    ], inheriting: Layout.self, through: \.layout)
}

/// A category as the home page lists it and its own page shows it.
struct CategorySummary: ThemeValue {
    let title: String
    let description: String
    let url: String
    let icon: String?
    let introHTML: SafeHTML
    let articles: [Card]

    static let contract = ThemeContract<CategorySummary>("CategorySummary", "A category.", [
        .text("title", "from its `_index.md`") { $0.title },
        .text("description", "from its `_index.md`") { $0.description },
        .text("url", "its page, root-relative") { $0.url },
        .text("icon", "the name of its icon, or empty") { $0.icon ?? "" },
        .flag("has_icon", "true when it names an icon") { $0.icon != nil },
        .html("intro_html", "the body of its `_index.md`, rendered") { $0.introHTML },
        .list("articles", "its published articles, in order") { $0.articles },
    ])

    /// An article as a list shows it.
    struct Card: ThemeValue {
        let title: String
        let description: String
        let url: String
        let audienceLabel: String

        static let contract = ThemeContract<Card>("ArticleCard", "An article in a list.", [
            .text("title", "from its front-matter") { $0.title },
            .text("description", "from its front-matter") { $0.description },
            .text("url", "its page, root-relative") { $0.url },
            .text("audience_label", "« Acheteurs » or « Vendeurs »") { $0.audienceLabel },
        ])
    }
}
