import Foundation

/// The answer of a rule function: its value as data and its French text.
public struct Evaluation: Hashable, Sendable, Encodable {
    public let function: String
    public let value: EvaluationValue
    public let text: String

    public init(function: String, value: EvaluationValue, text: String) {
        self.function = function
        self.value = value
        self.text = text
    }
}

/// A function's value: an instant (kept with its ISO 8601 form, Paris offset and seconds), a boolean, a
/// date, or a list of dates.
public enum EvaluationValue: Hashable, Sendable, Encodable {
    case instant(Date, iso: String)
    case boolean(Bool)
    case date(LocalDate)
    case dates([LocalDate])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .instant(_, let iso): try container.encode(iso)
        case .boolean(let b): try container.encode(b)
        case .date(let d): try container.encode(d.iso)
        case .dates(let ds): try container.encode(ds.map(\.iso))
        }
    }
}
