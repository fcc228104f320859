import HelpCentreRules

/// Structured data for search engines: the organisation and how to reach it (from the phone rules), the
/// breadcrumbs, and the article. Encoded as a schema.org `@graph`.
package enum JSONLD {
    package struct Graph: Encodable, Sendable {
        package let context = "https://schema.org"
        package let graph: [Node]
        package enum CodingKeys: String, CodingKey { case context = "@context", graph = "@graph" }
    }

    /// One node of the graph; only the keys a node has are written.
    package struct Node: Encodable, Sendable {
        package var fields: [String: Value]

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(fields)
        }
    }

    package indirect enum Value: Encodable, Sendable {
        case text(String)
        case number(Int)
        case list([Value])
        case object([String: Value])

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let s): try container.encode(s)
            case .number(let n): try container.encode(n)
            case .list(let l): try container.encode(l)
            case .object(let o): try container.encode(o)
            }
        }
    }

    package static func organization(name: String, url: String, phone: PhoneNumberPolicy?, hours: PhoneHoursPolicy?) -> Node {
        var contact: [String: Value] = [
            "@type": .text("ContactPoint"), "contactType": .text("customer service"), "availableLanguage": .text("fr"),
        ]
        if let phone { contact["telephone"] = .text(phone.e164) }
        if let hours {
            let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            let days = Weekday.allCases.filter { hours.hours.days.contains($0) }.map { Value.text("https://schema.org/" + names[$0.rawValue - 1]) }
            contact["hoursAvailable"] = .object([
                "@type": .text("OpeningHoursSpecification"),
                "dayOfWeek": .list(days),
                "opens": .text(clock(hours.hours.opens)),
                "closes": .text(clock(hours.hours.closes)),
            ])
        }
        return Node(fields: ["@type": .text("Organization"), "@id": .text(url + "#organisation"), "name": .text(name),
                             "url": .text(url), "contactPoint": .object(contact)])
    }

    package static func breadcrumbs(_ items: [(title: String, url: String)]) -> Node {
        let elements = items.enumerated().map { index, item in
            Value.object(["@type": .text("ListItem"), "position": .number(index + 1), "name": .text(item.title),
                          "item": .text(item.url)])
        }
        return Node(fields: ["@type": .text("BreadcrumbList"), "itemListElement": .list(elements)])
    }

    package static func article(title: String, description: String, url: String, reviewed: LocalDate?, organization: String) -> Node {
        var fields: [String: Value] = [
            "@type": .text("Article"), "headline": .text(title), "description": .text(description),
            "url": .text(url), "mainEntityOfPage": .text(url), "inLanguage": .text("fr-FR"),
            "publisher": .object(["@id": .text(organization + "#organisation")]),
        ]
        if let reviewed { fields["dateModified"] = .text(reviewed.iso) }
        return Node(fields: fields)
    }

    private static func clock(_ time: LocalTime) -> String {
        (time.hour < 10 ? "0" : "") + "\(time.hour):" + (time.minute < 10 ? "0" : "") + "\(time.minute)"
    }
}
