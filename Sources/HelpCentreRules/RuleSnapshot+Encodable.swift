import Foundation

/// The published JSON form of a rule, shared by `guichet rules --json` and the site's `regles.json`, so
/// that both say the same thing. Keys are snake_case and stable.
extension RuleSnapshot: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, title, value, wording, source, validFrom = "valid_from", validUntil = "valid_until"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(value, forKey: .value)
        try c.encode(wording, forKey: .wording)
        try c.encode(source, forKey: .source)
        try c.encode(validFrom.iso, forKey: .validFrom)
        try c.encode(validUntil?.iso, forKey: .validUntil)
    }
}

extension RuleValue: Encodable {
    enum CodingKeys: String, CodingKey {
        case kind, count, unit, e164, days, opens, closes, closedOnPublicHolidays = "closed_on_public_holidays", items, text
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .quantity(let q):
            try c.encode("quantity", forKey: .kind)
            try c.encode(q.count, forKey: .count)
            try c.encode(q.unit.rawValue, forKey: .unit)
        case .phoneNumber(let e164):
            try c.encode("phone_number", forKey: .kind)
            try c.encode(e164, forKey: .e164)
        case .weeklyHours(let h):
            try c.encode("weekly_hours", forKey: .kind)
            try c.encode(Weekday.allCases.filter { h.days.contains($0) }.map { "\($0)" }, forKey: .days)
            try c.encode(String(format: "%02d:%02d", h.opens.hour, h.opens.minute), forKey: .opens)
            try c.encode(String(format: "%02d:%02d", h.closes.hour, h.closes.minute), forKey: .closes)
            try c.encode(h.closedOnPublicHolidays, forKey: .closedOnPublicHolidays)
        case .list(let items):
            try c.encode("list", forKey: .kind)
            try c.encode(items, forKey: .items)
        case .condition(let text):
            try c.encode("condition", forKey: .kind)
            try c.encode(text, forKey: .text)
        }
    }
}

extension RuleWording: Encodable {
    enum CodingKeys: String, CodingKey { case text, parts, items }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(parts, forKey: .parts)
        try c.encode(items, forKey: .items)
    }
}

extension RuleSource: Encodable {
    enum CodingKeys: String, CodingKey { case kind, text, url }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(french, forKey: .text)
        try c.encode(url, forKey: .url)
    }
}
