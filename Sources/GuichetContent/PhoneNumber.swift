/// A telephone number from the settings, kept as the `tel:` URI dials it and shown as it is read in France:
/// `01 23 45 67 89` for a French number, the digits as written (spaces kept) for another country's.
public struct PhoneNumber: Sendable, Equatable {
    /// `+33123456789`.
    public let e164: String
    public let display: String

    public var telURI: String { "tel:" + e164 }

    /// `01 23 45 67 89`, `01.23.45.67.89`, `+33 1 23 45 67 89` or `+352 27 86 12 34`; nil for anything else.
    public init?(_ text: String) {
        let separators: Set<Character> = [" ", ".", "-", "\u{00A0}"]
        let compact = String(text.filter { !separators.contains($0) })
        let digits = compact.hasPrefix("+") ? compact.dropFirst() : Substring(compact)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if compact.hasPrefix("+") {
            guard (8...15).contains(digits.count) else { return nil }
            e164 = compact
        } else {
            // A national French number: ten digits, the first 0, the second not (00 is the international prefix).
            guard digits.count == 10, digits.first == "0", digits.dropFirst().first != "0" else { return nil }
            e164 = "+33" + digits.dropFirst()
        }
        if e164.hasPrefix("+33"), e164.count == 12 {
            let national = Array("0" + e164.dropFirst(3))
            display = stride(from: 0, to: 10, by: 2).map { String(national[$0..<$0 + 2]) }.joined(separator: "\u{00A0}")
        } else {
            display = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: "\u{00A0}")
        }
    }
}
