/// The keys every page has: what `layout`, `header`, `footer`, `breadcrumbs`, `contact` and `search` show.
struct Layout: ThemeValue {
    let site: Site
    let assets: Assets
    let searchIndexURL: String
    let live: Live
    let page: Page
    /// Already safe inside `<script type="application/ld+json">`.
    let jsonld: String
    let breadcrumbs: [Link]
    let contact: Contact
    let footerLinks: [Link]
    let news: News
    let accessibility: Accessibility
    let legalNoticeURL: String

    static let contract = ThemeContract<Layout>("Layout", "The keys of every page.", [
        ThemeKey("lang", .text, "always `fr`") { _ in "fr" },
        ThemeKey("site", .object(Site.schema), "the help centre, from `guichet.yml`") { $0.site },
        ThemeKey("assets", .object(Assets.schema), "the theme's style sheet and script") { $0.assets },
        ThemeKey("search_index_url", .text, "URL of the search manifest `recherche/index.json`, fetched only when the reader searches") { $0.searchIndexURL },
        ThemeKey("live", .object(Live.schema), "data the page's script reads to show what is true now") { $0.live },
        ThemeKey("page", .object(Page.schema), "this page") { $0.page },
        ThemeKey("jsonld", .raw, "the page's JSON-LD, already safe inside `<script type=\"application/ld+json\">`") { $0.jsonld },
        ThemeKey("breadcrumbs", .list(Link.schema),
                 "from the home page to this page, the last one current (empty on the home page)") { $0.breadcrumbs },
        ThemeKey("contact", .object(Contact.schema), "how to reach customer service, from the rules and `guichet.yml`") { $0.contact },
        ThemeKey("footer_links", .list(Link.schema), "the categories, for the footer") { $0.footerLinks },
        ThemeKey("news", .object(News.schema), "the Nouveautés page and its feed") { $0.news },
        ThemeKey("accessibility", .object(Accessibility.schema), "the accessibility statement, for the footer") { $0.accessibility },
        ThemeKey("legal_notice_url", .text, "URL of `mentions-legales.html`, for the footer") { $0.legalNoticeURL },
    ])

    struct Site: ThemeValue {
        let title: String
        let description: String
        let root: String
        let baseURL: String

        static let contract = ThemeContract<Site>("Site", "The help centre.", [
            ThemeKey("title", .text, "from `guichet.yml`") { $0.title },
            ThemeKey("description", .text, "from `guichet.yml`") { $0.description },
            ThemeKey("root", .text, "path prefix of every internal URL, ending with `/` (`/` or `/aide/`)") { $0.root },
            ThemeKey("base_url", .text, "absolute base URL, ending with `/`") { $0.baseURL },
        ])
    }

    struct Assets: ThemeValue {
        let css: String
        let js: String

        static let contract = ThemeContract<Assets>("Assets", "The theme's files, with a content hash for caching.", [
            ThemeKey("css", .text, "URL of `assets/style.css`") { $0.css },
            ThemeKey("js", .text, "URL of `assets/site.js`") { $0.js },
        ])
    }

    struct News: ThemeValue {
        let pageURL: String
        let feedURL: String

        static let contract = ThemeContract<News>("News", "The rule changes the help centre announces.", [
            ThemeKey("page_url", .text, "URL of `nouveautes.html`, for the footer") { $0.pageURL },
            ThemeKey("feed_url", .text, "absolute URL of the Atom feed `nouveautes.xml`, for `<link rel=\"alternate\">`") { $0.feedURL },
        ])
    }

    struct Accessibility: ThemeValue {
        let pageURL: String
        let statusText: String

        static let contract = ThemeContract<Accessibility>("Accessibility", "The accessibility statement, as every footer names it.", [
            ThemeKey("page_url", .text, "URL of `accessibilite.html`") { $0.pageURL },
            ThemeKey("status_text", .text, "« partiellement conforme »…, as computed from `accessibilite.yml`") { $0.statusText },
        ])
    }

    struct Live: ThemeValue {
        let hoursURL: String

        static let contract = ThemeContract<Live>("Live", "Data files the script reads in the reader's browser.", [
            ThemeKey("hours_url", .text, "URL of `donnees/horaires.json`: whether the phone line is open now") { $0.hoursURL },
        ])
    }

    struct Page: ThemeValue {
        let title: String
        let description: String
        let url: String
        let canonicalURL: String
        let kind: String
        /// Root-relative; empty for a page without a Markdown twin.
        let markdownURL: String

        static let contract = ThemeContract<Page>("Page", "The page being rendered.", [
            ThemeKey("title", .text, "the page's title") { $0.title },
            ThemeKey("description", .text, "its meta description") { $0.description },
            ThemeKey("url", .text, "its URL, root-relative (starts with `site.root`)") { $0.url },
            ThemeKey("canonical_url", .text, "its absolute URL, for `<link rel=\"canonical\">` and `og:url`") { $0.canonicalURL },
            ThemeKey("kind", .text, "`home`, `category`, `article`, `rules`, `news`, `accessibility`, `withdrawal-form`, `legal-notice`, `404` or `alias`") { $0.kind },
            ThemeKey("og_type", .text, "`article` on articles, `website` elsewhere") { $0.kind == "article" ? "article" : "website" },
            ThemeKey("markdown_url", .text,
                     "its Markdown twin (`index.md` or `….md` beside the page), root-relative, for `<link rel=\"alternate\" type=\"text/markdown\">`; empty on the pages without one (404, aliases, the legal pages)") { $0.markdownURL },
            ThemeKey("has_markdown", .flag, "true when `markdown_url` is not empty") { !$0.markdownURL.isEmpty },
        ])
    }

    struct Link: ThemeValue {
        let title: String
        let url: String
        var isCurrent = false

        static let contract = ThemeContract<Link>("Link", "A link to a page of the help centre.", [
            ThemeKey("title", .text, "the page's title") { $0.title },
            ThemeKey("url", .text, "its URL, root-relative") { $0.url },
            ThemeKey("is_current", .flag, "true for the page being rendered (the last breadcrumb)") { $0.isCurrent },
        ])
    }

    struct Contact: ThemeValue {
        let phoneDisplay: String
        let phoneTel: String
        let hoursText: String
        let formResponseText: String
        let formURL: String
        let socials: [Social]
        let mediator: LegalNoticePage.Mediator

        static let contract = ThemeContract<Contact>("Contact", "Customer service.", [
            ThemeKey("phone_display", .text, "« 09 70 75 64 60 » with no-break spaces, from the rule `contact.phone.number`") { $0.phoneDisplay },
            ThemeKey("phone_tel", .text, "`tel:+33970756460`") { $0.phoneTel },
            ThemeKey("hours_text", .text, "« du lundi au vendredi de 9 h à 17 h (hors jours fériés) », from `contact.phone.hours`") { $0.hoursText },
            ThemeKey("form_response_text", .text, "« sous 24 heures », from `contact.form_response`") { $0.formResponseText },
            ThemeKey("form_url", .text, "the contact form's address, from `guichet.yml`") { $0.formURL },
            ThemeKey("socials", .list(Social.schema), "the social networks of `guichet.yml`") { $0.socials },
            ThemeKey("has_socials", .flag, "true when `socials` is not empty") { !$0.socials.isEmpty },
            ThemeKey("mediator", .object(LegalNoticePage.Mediator.schema),
                     "the consumer mediator of `guichet.yml`, a customer's recourse after a written claim") { $0.mediator },
        ])
    }

    struct Social: ThemeValue {
        let name: String
        let url: String

        static let contract = ThemeContract<Social>("Social", "A social network account.", [
            ThemeKey("name", .text, "as `guichet.yml` writes it") { $0.name },
            ThemeKey("url", .text, "its address") { $0.url },
        ])
    }
}
