/// Who an article is written for.
public enum Audience: String, Sendable, CaseIterable {
    case acheteur
    case vendeur

    /// « Acheteurs », « Vendeurs ».
    public var label: String { self == .acheteur ? "Acheteurs" : "Vendeurs" }
}
