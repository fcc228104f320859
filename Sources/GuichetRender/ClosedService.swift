import GuichetContent

/// Web services the law once required a help centre to link to and that have closed: a link to one is dead,
/// and no longer fulfils any duty. The build refuses it and says why, rather than letting a link checker find
/// a redirect one day.
package struct ClosedService: Sendable {
    /// Host and path prefix, lowercased, without scheme or `www.`.
    package let prefixes: [String]
    package let why: String
    package let instead: String

    package static let all = [
        ClosedService(
            prefixes: ["ec.europa.eu/consumers/odr", "webgate.ec.europa.eu/odr"],
            why: "the EU online dispute resolution platform closed on 20 July 2025 (Regulation (EU) 2024/3228), "
                + "so the link is dead and the duty to give it is gone",
            instead: "remove the link; to tell customers about a recourse, name the consumer mediator"),
    ]

    /// The closed service `destination` leads to, if any: `https://ec.europa.eu/consumers/odr/main/…`.
    package static func match(_ destination: String) -> ClosedService? {
        var address = Substring(destination.lowercased())
        for scheme in ["https://", "http://", "//"] where address.hasPrefix(scheme) { address = address.dropFirst(scheme.count) }
        if address.hasPrefix("www.") { address = address.dropFirst(4) }
        return all.first { service in
            service.prefixes.contains { prefix in
                address.hasPrefix(prefix) && (address.count == prefix.count || "/?#".contains(address[address.index(address.startIndex, offsetBy: prefix.count)]))
            }
        }
    }
}
