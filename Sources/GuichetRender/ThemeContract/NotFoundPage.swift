/// `404.mustache`: the page a server shows for an unknown address. It has the layout's keys only.
package struct NotFoundPage: ThemePage {
    package static let template = "404"
    package let layout: Layout

    package static let contract = ThemeContract<NotFoundPage>("NotFoundPage", "What `404` receives.", [],
                                                      inheriting: Layout.self, through: \.layout)
}
