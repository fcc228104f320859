/// The files and folders the build writes besides the pages of categories and articles: the one list the
/// site-wide step writes from and the alias check protects.
enum GeneratedFiles {
    static let notFound = NotFoundSitePage.path
    static let rulesPage = RulesSitePage.path
    static let rulesData = "regles.json"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    static let newsPage = NewsSitePage.path
    static let newsFeed = "nouveautes.xml"
    static let accessibilityPage = AccessibilitySitePage.path
    static let withdrawalForm = WithdrawalFormSitePage.path
    static let legalNotice = LegalNoticeSitePage.path
    /// For assistants (issue 31): the llms.txt proposal's index of the site's Markdown twins.
    static let llmsText = "llms.txt"
    /// The theme's files are copied under it.
    static let assetsFolder = "assets"
    /// The data the pages' script reads.
    static let dataFolder = "donnees"
    static let hoursData = dataFolder + "/horaires.json"
    static let withdrawalData = dataFolder + "/retractation.json"
    static let claimData = dataFolder + "/reclamation.json"

    /// Names no alias may take: the pages of which there is one (and their twins, `SitePages.fixedPaths`), the
    /// files at the root, and folders whose every path is the build's.
    static let rootFiles = SitePages.fixedPaths + [rulesData, sitemap, robots, newsFeed, llmsText]
    static let folders = [assetsFolder, dataFolder, SearchIndex.folder]
}
