/// The files and folders the build writes besides the pages of categories and articles: the one list the
/// site-wide step writes from and the alias check protects.
enum GeneratedFiles {
    static let notFound = "404.html"
    static let rulesPage = "regles.html"
    static let rulesData = "regles.json"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    static let newsPage = "nouveautes.html"
    static let newsFeed = "nouveautes.xml"
    static let accessibilityPage = "accessibilite.html"
    static let withdrawalForm = "formulaire-de-retractation.html"
    static let legalNotice = "mentions-legales.html"
    /// For assistants (issue 31): the llms.txt proposal's index of the site's Markdown twins.
    static let llmsText = "llms.txt"
    /// The theme's files are copied under it.
    static let assetsFolder = "assets"
    /// The data the pages' script reads.
    static let dataFolder = "donnees"
    static let hoursData = dataFolder + "/horaires.json"
    static let withdrawalData = dataFolder + "/retractation.json"
    static let claimData = dataFolder + "/reclamation.json"

    /// Names no alias may take: files at the root, and folders whose every path is the build's.
    static let rootFiles = [notFound, rulesPage, rulesData, sitemap, robots, newsPage, newsFeed, accessibilityPage, withdrawalForm,
                            legalNotice, llmsText, MarkdownTwin.path(of: rulesPage), MarkdownTwin.path(of: newsPage)]
    static let folders = [assetsFolder, dataFolder, SearchIndex.folder]
}
