/// `article.mustache`: one article.
struct ArticlePage: ThemePage {
    static let template = "article"
    let layout: Layout
    let article: ArticleData

    static let contract = ThemeContract<ArticlePage>("ArticlePage", "What `article` receives.", [
        .object("article", "the article") { $0.article },
    ], inheriting: Layout.self, through: \.layout)
}
