/// Who sells: the legal right of withdrawal depends on it.
public enum SellerKind: String, CaseIterable, Sendable {
    case professional
    case `private`
}
