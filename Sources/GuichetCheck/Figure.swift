/// A figure typed in prose that a rule may own: a duration, a clock time, or a phone number.
public struct Figure: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A count of days (`jours`, `jours ouvrés`, `semaine` as 7) or hours.
        case days(Int, business: Bool)
        case hours(Int)
        /// Minutes, months (years as twelve months): never a rule's figure, but a contradiction of one.
        case minutes(Int)
        case months(Int)
        case clockTime(hour: Int, minute: Int)
        /// Days of the week, 1 (Monday) to 7: « du lundi au vendredi » and « en semaine » are 1…5, « 7j/7 »
        /// and « tous les jours » 1…7.
        case weekdays(first: Int, last: Int)
        /// « 24h/24 », « 24 heures sur 24 »: at any hour.
        case allDay
        /// Digits only, in national form: `0970756460`.
        case phone(String)
    }

    public let kind: Kind
    /// Character offset and length in the scanned text, and the text itself.
    public let offset: Int
    public let length: Int
    public let text: String
}
