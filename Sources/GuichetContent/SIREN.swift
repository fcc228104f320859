/// A French company's SIREN, the nine digits of its RCS registration, whose last digit is a Luhn check digit
/// (INSEE). Parsing it catches the typo a legal notice would otherwise publish; the VAT number is derived from
/// it, so the two cannot disagree.
public struct SIREN: Sendable, Equatable {
    public let digits: String

    /// Nine digits, spaces allowed between them; nil when there are not nine or the check digit is wrong.
    public init?(_ text: some StringProtocol) {
        let digits = String(text.filter { $0 != " " && $0 != "\u{00A0}" })
        guard digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard SIREN.passesLuhn(digits) else { return nil }
        self.digits = digits
    }

    static func passesLuhn(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            var value = character.wholeNumberValue ?? 0
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    /// `123 456 782`, as the RCS prints it.
    public var display: String {
        let d = Array(digits)
        return String(d[0..<3]) + " " + String(d[3..<6]) + " " + String(d[6..<9])
    }

    /// The French intra-community VAT number: FR, a two-digit key, the SIREN. The key is
    /// (12 + 3 × (SIREN mod 97)) mod 97 (CGI, annexe IV, art. 242 nonies A and the DGFiP's formula).
    public var vatNumber: String {
        let key = (12 + 3 * ((Int(digits) ?? 0) % 97)) % 97
        return "FR" + (key < 10 ? "0" : "") + String(key) + digits
    }
}
