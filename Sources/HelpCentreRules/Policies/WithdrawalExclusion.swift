/// One item of L221-28 that the marketplace's examples map to: the kind of item, the paragraph of the
/// article, whether the exclusion needs the item to have been unsealed, and the help centre's line.
public struct WithdrawalExclusion: Hashable, Sendable {
    public let item: ItemKind
    /// « 9° ».
    public let paragraph: String
    public let onlyWhenUnsealed: Bool
    public let wording: String

    public init(item: ItemKind, paragraph: String, onlyWhenUnsealed: Bool, wording: String) {
        self.item = item
        self.paragraph = paragraph
        self.onlyWhenUnsealed = onlyWhenUnsealed
        self.wording = wording
    }
}
