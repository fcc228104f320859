/// French typography for everything the rules say: `9 h 30`, `vendredi 1er mai 2026`, `09 70 75 64 60`.
///
/// Foundation's French formats give `09:00` and `1 mai`, so the module writes these itself.
public enum FrenchFormat {
    /// U+00A0, between a number and its unit, inside a phone number, before `: ; ! ?` and inside « ».
    public static let nbsp = "\u{00A0}"

    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"]

    /// `lundi 22 juin 2026`, `vendredi 1er mai 2026`.
    public static func date(_ date: LocalDate) -> String {
        "\(date.weekday.french) \(dayOfMonth(date))\(nbsp)\(months[date.month - 1]) \(date.year)"
    }

    /// `22 juin 2026`, without the weekday.
    public static func shortDate(_ date: LocalDate) -> String {
        "\(dayOfMonth(date))\(nbsp)\(months[date.month - 1]) \(date.year)"
    }

    /// `22 juin`, `1er mai`.
    public static func dayMonth(_ date: LocalDate) -> String {
        "\(dayOfMonth(date))\(nbsp)\(months[date.month - 1])"
    }

    static func dayOfMonth(_ date: LocalDate) -> String { date.day == 1 ? "1er" : "\(date.day)" }

    /// `9 h`, `9 h 30`, `0 h 05`; seconds only when there are some: `14 h 59 min 59 s`.
    public static func time(_ time: LocalTime) -> String {
        var text = "\(time.hour)\(nbsp)h"
        if time.second != 0 {
            text += "\(nbsp)\(time.minute)\(nbsp)min\(nbsp)\(time.second)\(nbsp)s"
        } else if time.minute != 0 {
            text += "\(nbsp)" + (time.minute < 10 ? "0\(time.minute)" : "\(time.minute)")
        }
        return text
    }

    /// `samedi 6 juin 2026 à 15 h`.
    public static func dateTime(_ local: LocalDateTime) -> String {
        "\(date(local.date)) à \(time(local.time))"
    }

    /// `de 9 h à 17 h`.
    public static func timeRange(from start: LocalTime, to end: LocalTime) -> String {
        "de \(time(start)) à \(time(end))"
    }

    /// `du lundi au vendredi`, or `le lundi` for a single day.
    public static func weekdayRange(_ days: ClosedRange<Weekday>) -> String {
        days.lowerBound == days.upperBound
            ? "le \(days.lowerBound.french)"
            : "du \(days.lowerBound.french) au \(days.upperBound.french)"
    }

    /// A French number in E.164 (`+33970756460`) shown as dialled in France, in pairs: `09 70 75 64 60`.
    /// Anything else is returned as is rather than guessed at.
    public static func phone(e164: String) -> String {
        guard e164.hasPrefix("+33"), e164.count == 12, e164.dropFirst().allSatisfy(\.isNumber) else { return e164 }
        let national = Array("0" + e164.dropFirst(3))
        return stride(from: 0, to: national.count, by: 2)
            .map { String(national[$0..<min($0 + 2, national.count)]) }
            .joined(separator: nbsp)
    }

    /// A list read in a sentence: `a, b et c`.
    public static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " et " + last
    }
}
