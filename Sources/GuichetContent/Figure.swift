/// A figure typed in prose that a rule may own: a duration, a clock time, or a phone number.
public struct Figure: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A count of days (`jours`, `jours ouvrés`, `semaine` as 7) or hours.
        case days(Int, business: Bool)
        case hours(Int)
        case clockTime(hour: Int, minute: Int)
        /// Digits only, in national form: `0970756460`.
        case phone(String)
    }

    public let kind: Kind
    /// Character offset and length in the scanned text, and the text itself.
    public let offset: Int
    public let length: Int
    public let text: String
}
