import Foundation

/// A JSON Schema (draft 2020-12) of an article's front-matter, with the rule ids as an enum, so that an
/// editor's YAML language server completes and validates them. Mirrors `ArticleFrontMatter`.
public enum FrontMatterSchema {
    public static func json(ruleIDs: [String]) -> String {
        let schema: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://guichet.invalid/schemas/article-front-matter.json",
            "title": "Guichet article front-matter",
            "type": "object",
            "additionalProperties": false,
            "required": ["title", "description"],
            "properties": [
                "title": ["type": "string", "minLength": 1, "description": "The page's title."],
                "description": ["type": "string", "minLength": 1,
                                "description": "Meta description and search snippet: one sentence."],
                "order": ["type": "integer", "description": "Position in the category."],
                "rules": ["type": "array", "uniqueItems": true, "items": ["enum": ruleIDs],
                          "description": "The rules the body refers to."],
                "related": ["type": "array", "items": ["type": "string", "pattern": "\\.md$"],
                            "description": "Other articles, as paths of their .md files relative to this one."],
                "aliases": ["type": "array", "items": ["type": "string", "pattern": "^/[a-z0-9/_.-]*$"],
                            "description": "Old URLs that redirect here."],
                "draft": ["type": "boolean"],
                "reviewed": ["type": "string", "format": "date", "description": "Date of the last editorial review."],
                "audience": ["enum": Audience.allCases.map(\.rawValue)],
            ] as [String: Any],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
