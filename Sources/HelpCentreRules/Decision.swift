/// A yes or no that says why, in French, so that a help page or a support agent can quote it.
public struct Decision: Hashable, Sendable {
    public let allowed: Bool
    public let reason: String

    public init(_ allowed: Bool, because reason: String) {
        self.allowed = allowed
        self.reason = reason
    }

    /// « Oui : … » or « Non : … ».
    public var french: String { (allowed ? "Oui" : "Non") + "\(FrenchFormat.nbsp): " + reason }
}
