/// A value a page template receives: the template's name, and every key of the layout besides its own.
package protocol ThemePage: ThemeValue {
    static var template: String { get }
}

/// The page templates guichet renders, with the type each receives: the theme contract's table of contents.
package enum ThemePages {
    package static let all: [(template: String, schema: ThemeSchema)] = [
        (HomePage.template, HomePage.schema),
        (CategoryPage.template, CategoryPage.schema),
        (ArticlePage.template, ArticlePage.schema),
        (RulesPage.template, RulesPage.schema),
        (NewsPage.template, NewsPage.schema),
        (AccessibilityPage.template, AccessibilityPage.schema),
        (WithdrawalFormPage.template, WithdrawalFormPage.schema),
        (LegalNoticePage.template, LegalNoticePage.schema),
        (NotFoundPage.template, NotFoundPage.schema),
        (AliasPage.template, AliasPage.schema),
    ]
}
