/// The search index could not be read as the version `SiteSearch` follows.
public enum SiteSearchError: Error, CustomStringConvertible {
    case version(Int)

    public var description: String {
        switch self {
        case .version(let found): "the search index is version \(found), and this search reads version \(SearchIndex.version)"
        }
    }
}
