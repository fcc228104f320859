import GuichetSearch
/// The files and folders the build writes besides the pages of categories and articles: the one list the
/// site-wide step writes from and the alias check protects.
package enum GeneratedFiles {
    package static let notFound = NotFoundSitePage.path
    package static let rulesPage = RulesSitePage.path
    package static let rulesData = "regles.json"
    package static let sitemap = "sitemap.xml"
    package static let robots = "robots.txt"
    package static let newsPage = NewsSitePage.path
    package static let newsFeed = "nouveautes.xml"
    package static let accessibilityPage = AccessibilitySitePage.path
    package static let withdrawalForm = WithdrawalFormSitePage.path
    package static let legalNotice = LegalNoticeSitePage.path
    /// For assistants (issue 31): the llms.txt proposal's index of the site's Markdown twins.
    package static let llmsText = "llms.txt"
    /// The theme's files are copied under it.
    package static let assetsFolder = "assets"
    /// The data the pages' script reads.
    package static let dataFolder = "donnees"
    package static let hoursData = dataFolder + "/horaires.json"
    package static let withdrawalData = dataFolder + "/retractation.json"
    package static let claimData = dataFolder + "/reclamation.json"

    /// Names no alias may take: the pages of which there is one (and their twins, `SitePages.fixedPaths`), the
    /// files at the root, and folders whose every path is the build's.
    package static let rootFiles = SitePages.fixedPaths + [rulesData, sitemap, robots, newsFeed, llmsText]
    package static let folders = [assetsFolder, dataFolder, SearchIndex.folder]
}
