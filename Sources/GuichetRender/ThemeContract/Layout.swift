/// The keys every page has: what `layout`, `header`, `footer`, `breadcrumbs`, `contact` and `search` show.
package struct Layout: ThemeValue {
    package let site: Site
    package let assets: Assets
    package let searchIndexURL: String
    package let live: Live
    package let page: Page
    /// Already safe inside `<script type="application/ld+json">`.
    package let jsonld: SafeHTML
    package let breadcrumbs: [Link]
    package let contact: Contact
    package let footerLinks: [Link]
    package let news: News
    package let accessibility: Accessibility
    package let legalNoticeURL: String

    package static let contract = ThemeContract<Layout>("Layout", "The keys of every page.", [
        .text("lang", "always `fr`") { _ in "fr" },
        .object("site", "the help centre, from `guichet.yml`") { $0.site },
        .object("assets", "the theme's style sheet and script") { $0.assets },
        .text("search_index_url", "URL of the search manifest `recherche/index.json`, fetched only when the reader searches") { $0.searchIndexURL },
        .object("live", "data the page's script reads to show what is true now") { $0.live },
        .object("page", "this page") { $0.page },
        .html("jsonld", "the page's JSON-LD, already safe inside `<script type=\"application/ld+json\">`") { $0.jsonld },
        .list("breadcrumbs",
                 "from the home page to this page, the last one current (empty on the home page)") { $0.breadcrumbs },
        .object("contact", "how to reach customer service, from the rules and `guichet.yml`") { $0.contact },
        .list("footer_links", "the categories, for the footer") { $0.footerLinks },
        .object("news", "the Nouveautés page and its feed") { $0.news },
        .object("accessibility", "the accessibility statement, for the footer") { $0.accessibility },
        .text("legal_notice_url", "URL of `mentions-legales.html`, for the footer") { $0.legalNoticeURL },
    ])

    package struct Site: ThemeValue {
        package let title: String
        package let description: String
        package let root: String
        package let baseURL: String

        package static let contract = ThemeContract<Site>("Site", "The help centre.", [
            .text("title", "from `guichet.yml`") { $0.title },
            .text("description", "from `guichet.yml`") { $0.description },
            .text("root", "path prefix of every internal URL, ending with `/` (`/` or `/aide/`)") { $0.root },
            .text("base_url", "absolute base URL, ending with `/`") { $0.baseURL },
        ])
    }

    package struct Assets: ThemeValue {
        package let css: String
        package let js: String

        package static let contract = ThemeContract<Assets>("Assets", "The theme's files, with a content hash for caching.", [
            .text("css", "URL of `assets/style.css`") { $0.css },
            .text("js", "URL of `assets/site.js`") { $0.js },
        ])
    }

    package struct News: ThemeValue {
        package let pageURL: String
        package let feedURL: String

        package static let contract = ThemeContract<News>("News", "The rule changes the help centre announces.", [
            .text("page_url", "URL of `nouveautes.html`, for the footer") { $0.pageURL },
            .text("feed_url", "absolute URL of the Atom feed `nouveautes.xml`, for `<link rel=\"alternate\">`") { $0.feedURL },
        ])
    }

    package struct Accessibility: ThemeValue {
        package let pageURL: String
        package let statusText: String

        package static let contract = ThemeContract<Accessibility>("Accessibility", "The accessibility statement, as every footer names it.", [
            .text("page_url", "URL of `accessibilite.html`") { $0.pageURL },
            .text("status_text", "« partiellement conforme »…, as computed from `accessibilite.yml`") { $0.statusText },
        ])
    }

    package struct Live: ThemeValue {
        package let hoursURL: String

        package static let contract = ThemeContract<Live>("Live", "Data files the script reads in the reader's browser.", [
            .text("hours_url", "URL of `donnees/horaires.json`: whether the phone line is open now") { $0.hoursURL },
        ])
    }

    package struct Page: ThemeValue {
        package let title: String
        package let description: String
        package let url: String
        package let canonicalURL: String
        package let kind: String
        /// Root-relative; empty for a page without a Markdown twin.
        package let markdownURL: String

        package static let contract = ThemeContract<Page>("Page", "The page being rendered.", [
            .text("title", "the page's title") { $0.title },
            .text("description", "its meta description") { $0.description },
            .text("url", "its URL, root-relative (starts with `site.root`)") { $0.url },
            .text("canonical_url", "its absolute URL, for `<link rel=\"canonical\">` and `og:url`") { $0.canonicalURL },
            .text("kind", SitePages.kinds.dropLast().map { "`\($0.kind)`" }.joined(separator: ", ") + " or `\(SitePages.kinds.last!.kind)`") { $0.kind },
            .text("og_type", "`article` on articles, `website` elsewhere") { $0.kind == "article" ? "article" : "website" },
            .text("markdown_url",
                     "its Markdown twin (`index.md` or `….md` beside the page), root-relative, for `<link rel=\"alternate\" type=\"text/markdown\">`; empty on the pages without one (404, aliases, the legal pages)") { $0.markdownURL },
            .flag("has_markdown", "true when `markdown_url` is not empty") { !$0.markdownURL.isEmpty },
        ])
    }

    package struct Link: ThemeValue {
        package let title: String
        package let url: String
        package var isCurrent = false

        package static let contract = ThemeContract<Link>("Link", "A link to a page of the help centre.", [
            .text("title", "the page's title") { $0.title },
            .text("url", "its URL, root-relative") { $0.url },
            .flag("is_current", "true for the page being rendered (the last breadcrumb)") { $0.isCurrent },
        ])
    }

    package struct Contact: ThemeValue {
        package let phoneDisplay: String
        package let phoneTel: String
        package let hoursText: String
        package let formResponseText: String
        package let formURL: String
        package let socials: [Social]
        package let mediator: LegalNoticePage.Mediator

        package static let contract = ThemeContract<Contact>("Contact", "Customer service.", [
            .text("phone_display", "« 09 70 75 64 60 » with no-break spaces, from the rule `contact.phone.number`") { $0.phoneDisplay },
            .text("phone_tel", "`tel:+33970756460`") { $0.phoneTel },
            .text("hours_text", "« du lundi au vendredi de 9 h à 17 h (hors jours fériés) », from `contact.phone.hours`") { $0.hoursText },
            .text("form_response_text", "« sous 24 heures », from `contact.form_response`") { $0.formResponseText },
            .text("form_url", "the contact form's address, from `guichet.yml`") { $0.formURL },
            .list("socials", "the social networks of `guichet.yml`") { $0.socials },
            .flag("has_socials", "true when `socials` is not empty") { !$0.socials.isEmpty },
            .object("mediator",
                     "the consumer mediator of `guichet.yml`, a customer's recourse after a written claim") { $0.mediator },
        ])
    }

    package struct Social: ThemeValue {
        package let name: String
        package let url: String

        package static let contract = ThemeContract<Social>("Social", "A social network account.", [
            .text("name", "as `guichet.yml` writes it") { $0.name },
            .text("url", "its address") { $0.url },
        ])
    }
}
