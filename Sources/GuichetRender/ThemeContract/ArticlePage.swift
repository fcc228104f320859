/// `article.mustache`: one article.
package struct ArticlePage: ThemePage {
    package static let template = "article"
    package let layout: Layout
    package let article: ArticleData

    package static let contract = ThemeContract<ArticlePage>("ArticlePage", "What `article` receives.", [
        .object("article", "the article") { $0.article },
    ], inheriting: Layout.self, through: \.layout)
}
