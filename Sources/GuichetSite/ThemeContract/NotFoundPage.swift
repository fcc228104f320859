/// `404.mustache`: the page a server shows for an unknown address. It has the layout's keys only.
struct NotFoundPage: ThemePage {
    static let template = "404"
    let layout: Layout

    static let contract = ThemeContract<NotFoundPage>("NotFoundPage", "What `404` receives.", [],
                                                      inheriting: Layout.self, through: \.layout)
}
