import GuichetContent

/// An anchor to verify once every page's headings are known.
struct AnchorCheck: Sendable {
    let file: String
    let position: SourcePoint
    /// Content path of the page the link leads to.
    let target: String
    let anchor: String
}
