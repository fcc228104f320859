import GuichetContent
import GuichetMarkdown
import HelpCentreRules

/// `nouveautes.xml`: the Nouveautés page as an Atom 1.0 feed (RFC 4287). Written by the build, not by a
/// template: its structure is a standard, not a matter of taste, and it is validated against the RFC's schema
/// in the tests. Depends on `--as-of` only: each entry's id and dates come from its rule and its day, so a
/// reader sees each change once, however often the site is built.
package enum AtomFeed {
    /// `root` is the path part of `baseURL`, with which the articles' URLs start.
    package static func xml(_ news: RuleNews, siteTitle: String, baseURL: String, root: String, clock: ParisClock) -> String {
        let feedURL = baseURL + GeneratedFiles.newsFeed
        let pageURL = baseURL + GeneratedFiles.newsPage
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">",
            "<id>\(e(feedURL))</id>",
            "<title>\(e("Nouveautés — " + siteTitle))</title>",
            "<subtitle>\(e("Les changements de nos délais, horaires et conditions, à venir et des douze derniers mois."))</subtitle>",
            "<updated>\(clock.iso8601(clock.startOfDay(news.asOf)))</updated>",
            "<author><name>\(e(siteTitle))</name></author>",
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(e(feedURL))\"/>",
            "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(pageURL))\"/>",
        ]
        for item in news.upcoming + news.past {
            lines += entry(item, pageURL: pageURL, baseURL: baseURL, root: root, clock: clock)
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func entry(_ item: RuleNews.Item, pageURL: String, baseURL: String, root: String, clock: ParisClock) -> [String] {
        let change = item.change
        let day = clock.iso8601(clock.startOfDay(change.date))
        let date = FrenchFormat.shortDate(change.date)
        var html = "<p>À partir du \(date)\u{00A0}: \(e(change.after.wording.text)).</p>"
        if let before = change.before { html += "<p>Avant\u{00A0}: \(e(before.wording.text)).</p>" }
        html += "<p>Source\u{00A0}: \(e(change.after.source.french)).</p>"
        if !item.articles.isEmpty {
            // Links are absolute: a feed reader has no base to resolve the site's root-relative URLs against.
            html += "<ul>" + item.articles.map { article in
                "<li><a href=\"\(e(baseURL + article.url.dropFirst(root.count)))\">\(e(FrenchTypography.apply(article.title)))</a></li>"
            }.joined() + "</ul>"
        }
        return [
            "<entry>",
            "<id>\(e(tag(change, baseURL: baseURL)))</id>",
            "<title>\(e("\(date)\u{00A0}: \(change.title)"))</title>",
            "<published>\(day)</published>",
            "<updated>\(day)</updated>",
            "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(pageURL + "#" + item.anchor))\"/>",
            "<category term=\"\(e(change.id))\"/>",
            "<summary>\(e("\(change.title), à partir du \(date)\u{00A0}: \(change.after.wording.text)"))</summary>",
            "<content type=\"html\">\(e(html))</content>",
            "</entry>",
        ]
    }

    /// A tag URI (RFC 4151): the site's host, the day of the change, the rule. Stable across builds and sites' paths.
    package static func tag(_ change: RuleChange, baseURL: String) -> String {
        let afterScheme = baseURL.range(of: "://").map { baseURL[$0.upperBound...] } ?? Substring(baseURL)
        let host = afterScheme.prefix { $0 != "/" && $0 != ":" }
        return "tag:\(host),\(change.date.iso):\(change.id)"
    }

    /// XML text and attribute values: HTML's escaper escapes the five characters XML needs.
    private static func e<S: StringProtocol>(_ text: S) -> String { HTMLEscaping.escaped(String(text)) }
}
