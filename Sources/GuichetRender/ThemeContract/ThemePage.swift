/// A value a page template receives: the template's name, and every key of the layout besides its own.
package protocol ThemePage: ThemeValue {
    static var template: String { get }
}

/// The page templates guichet renders, with the type each receives: the theme contract's table of contents.
package enum ThemePages {
    package static let types: [any ThemePage.Type] = [
        HomePage.self, CategoryPage.self, ArticlePage.self, RulesPage.self, NewsPage.self, AccessibilityPage.self,
        WithdrawalFormPage.self, LegalNoticePage.self, NotFoundPage.self, AliasPage.self,
    ]

    package static let all: [(template: String, schema: ThemeSchema)] = types.map { ($0.template, $0.schema) }
}
