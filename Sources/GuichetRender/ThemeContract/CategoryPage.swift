/// `category.mustache`: one category and its articles.
package struct CategoryPage: ThemePage {
    package static let template = "category"
    package let layout: Layout
    package let category: CategorySummary

    package static let contract = ThemeContract<CategoryPage>("CategoryPage", "What `category` receives.", [
        .object("category", "the category") { $0.category },
    ], inheriting: Layout.self, through: \.layout)
}

/// A category as the home page lists it and its own page shows it.
package struct CategorySummary: ThemeValue {
    package let title: String
    package let description: String
    package let url: String
    package let icon: String?
    package let introHTML: SafeHTML
    package let articles: [Card]

    package static let contract = ThemeContract<CategorySummary>("CategorySummary", "A category.", [
        .text("title", "from its `_index.md`") { $0.title },
        .text("description", "from its `_index.md`") { $0.description },
        .text("url", "its page, root-relative") { $0.url },
        .text("icon", "the name of its icon, or empty") { $0.icon ?? "" },
        .flag("has_icon", "true when it names an icon") { $0.icon != nil },
        .html("intro_html", "the body of its `_index.md`, rendered") { $0.introHTML },
        .list("articles", "its published articles, in order") { $0.articles },
    ])

    /// An article as a list shows it.
    package struct Card: ThemeValue {
        package let title: String
        package let description: String
        package let url: String
        package let audienceLabel: String

        package static let contract = ThemeContract<Card>("ArticleCard", "An article in a list.", [
            .text("title", "from its front-matter") { $0.title },
            .text("description", "from its front-matter") { $0.description },
            .text("url", "its page, root-relative") { $0.url },
            .text("audience_label", "« Acheteurs » or « Vendeurs »") { $0.audienceLabel },
        ])
    }
}
