import Foundation

/// A time argument in one of the three forms of RULES.md: an instant with an offset
/// (`2026-06-08T22:30:00Z`, `2026-06-08T22:30:00+02:00`), a Paris wall-clock time without offset
/// (`2026-06-01T10:00`, seconds optional), or a date (`2026-06-01`).
public enum TimeInput: Hashable, Sendable {
    case instant(Date)
    case local(LocalDateTime)
    case date(LocalDate)

    public static func parse(_ text: String) -> TimeInput? {
        if let date = LocalDate(iso: text) { return .date(date) }
        guard let t = text.firstIndex(of: "T"), let date = LocalDate(iso: text[..<t]) else { return nil }
        var rest = text[text.index(after: t)...]
        var offsetSeconds: Int?
        if rest.hasSuffix("Z") {
            offsetSeconds = 0
            rest = rest.dropLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offsetText = rest[rest.index(after: signIndex)...]
            let parts = offsetText.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
                  let h = Int(parts[0]), let m = Int(parts[1]), h <= 14, m < 60 else { return nil }
            offsetSeconds = (rest[signIndex] == "-" ? -1 : 1) * (h * 3600 + m * 60)
            rest = rest[..<signIndex]
        }
        let fields = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
              fields.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let time = LocalTime(hour: Int(fields[0])!, minute: Int(fields[1])!,
                                   second: fields.count == 3 ? Int(fields[2])! : 0) else { return nil }
        let local = LocalDateTime(date: date, time: time)
        guard let offsetSeconds else { return .local(local) }
        return .instant(Date(timeIntervalSince1970: TimeInterval(local.wallSeconds - offsetSeconds)))
    }

    /// The instant, reading a wall-clock time in Paris; nil for a bare date, which names no instant.
    public func instant(clock: ParisClock) -> Date? {
        switch self {
        case .instant(let date): date
        case .local(let local): clock.instant(local)
        case .date: nil
        }
    }

    /// The Paris date of the input.
    public func localDate(clock: ParisClock) -> LocalDate {
        switch self {
        case .instant(let date): clock.localDate(date)
        case .local(let local): local.date
        case .date(let date): date
        }
    }
}
