/// `category.mustache`: one category and its articles.
struct CategoryPage: ThemePage {
    static let template = "category"
    let layout: Layout
    let category: CategorySummary

    static let contract = ThemeContract<CategoryPage>("CategoryPage", "What `category` receives.", [
        ThemeKey("category", .object(CategorySummary.schema), "the category") { $0.category },
    ], inheriting: Layout.self, through: \.layout)
}

/// A category as the home page lists it and its own page shows it.
struct CategorySummary: ThemeValue {
    let title: String
    let description: String
    let url: String
    let icon: String?
    let introHTML: String
    let articles: [Card]

    static let contract = ThemeContract<CategorySummary>("CategorySummary", "A category.", [
        ThemeKey("title", .text, "from its `_index.md`") { $0.title },
        ThemeKey("description", .text, "from its `_index.md`") { $0.description },
        ThemeKey("url", .text, "its page, root-relative") { $0.url },
        ThemeKey("icon", .text, "the name of its icon, or empty") { $0.icon ?? "" },
        ThemeKey("has_icon", .flag, "true when it names an icon") { $0.icon != nil },
        ThemeKey("intro_html", .raw, "the body of its `_index.md`, rendered") { $0.introHTML },
        ThemeKey("articles", .list(Card.schema), "its published articles, in order") { $0.articles },
    ])

    /// An article as a list shows it.
    struct Card: ThemeValue {
        let title: String
        let description: String
        let url: String
        let audienceLabel: String

        static let contract = ThemeContract<Card>("ArticleCard", "An article in a list.", [
            ThemeKey("title", .text, "from its front-matter") { $0.title },
            ThemeKey("description", .text, "from its front-matter") { $0.description },
            ThemeKey("url", .text, "its page, root-relative") { $0.url },
            ThemeKey("audience_label", .text, "« Acheteurs » or « Vendeurs »") { $0.audienceLabel },
        ])
    }
}
