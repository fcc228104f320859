/// Finds `{{ … }}` references in a run of text. Pure and position-aware: offsets are in characters, so the
/// caller maps them to a column in the file.
public enum ReferenceParser {
    public enum Segment: Hashable, Sendable {
        case text(String)
        case reference(Reference)
        case invalid(SyntaxError)
    }

    public struct SyntaxError: Hashable, Sendable {
        public let offset: Int
        public let message: String
        public let fix: String
    }

    public static func parse(_ text: String) -> [Segment] {
        // Most text has no reference: look for "{{" in the bytes before building an array of characters.
        guard hasOpening(text) else { return text.isEmpty ? [] : [.text(text)] }
        // Then read scalars when each is a character of its own (French prose; see `isOwnCharacter`):
        // the same offsets and texts as characters, without grapheme breaking.
        guard let scalars = text.ownCharacterScalars else { return parse(Array(text)) }
        return parse(scalars)
    }

    /// The parse on characters, whatever the text: what `parse` falls back to, and what tests compare it with.
    static func parseCharacters(_ text: String) -> [Segment] {
        hasOpening(text) ? parse(Array(text)) : (text.isEmpty ? [] : [.text(text)])
    }

    private static func parse<U: FigureScanUnit>(_ chars: [U]) -> [Segment] {
        var segments: [Segment] = []
        /// Where the text since the last reference starts.
        var plainStart = 0
        var i = 0
        func flush(upTo end: Int) {
            if end > plainStart { segments.append(.text(U.string(chars[plainStart..<end]))) }
        }
        while i < chars.count {
            guard chars[i].ascii == 0x7B, i + 1 < chars.count, chars[i + 1].ascii == 0x7B else { i += 1; continue } // {{
            flush(upTo: i)
            let start = i
            var j = i + 2
            var nested: Int?
            while j + 1 < chars.count, !(chars[j].ascii == 0x7D && chars[j + 1].ascii == 0x7D) { // }}
                if chars[j].ascii == 0x7B, chars[j + 1].ascii == 0x7B, nested == nil { nested = j }
                j += 1
            }
            guard j + 1 < chars.count else {
                segments.append(.invalid(SyntaxError(offset: start, message: "reference is not closed",
                                                     fix: "end it with '}}' on the same line")))
                // The rest of the text is kept as text so the error is reported once.
                plainStart = start + 2
                i = chars.count
                continue
            }
            let inner = U.string(chars[(start + 2)..<j])
            let source = U.string(chars[start...(j + 1)])
            i = j + 2
            plainStart = i
            if let nested {
                segments.append(.invalid(SyntaxError(offset: nested, message: "references cannot be nested",
                                                     fix: "write one reference per '{{ … }}'")))
                continue
            }
            switch parseInner(inner) {
            case .success(let (id, arguments)):
                segments.append(.reference(Reference(id: id, arguments: arguments, offset: start,
                                                     length: i - start, source: source)))
            case .failure(let error):
                segments.append(.invalid(SyntaxError(offset: start, message: error.message, fix: error.fix)))
            }
        }
        flush(upTo: chars.count)
        return segments
    }

    private struct InnerError: Error {
        let message: String
        let fix: String
    }

    private static func parseInner(_ inner: String) -> Result<(String, [Reference.Argument]), InnerError> {
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        guard let first = words.first else {
            return .failure(InnerError(message: "empty reference '{{ }}'",
                                       fix: "name a rule, such as '{{ withdrawal.period }}'"))
        }
        let id = String(first)
        guard isValidID(id) else {
            return .failure(InnerError(message: "'\(id)' is not a rule id",
                                       fix: "ids are lowercase words joined by dots, such as 'withdrawal.period'"))
        }
        var arguments: [Reference.Argument] = []
        for word in words.dropFirst() {
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex,
                  word.index(after: equals) != word.endIndex else {
                return .failure(InnerError(message: "argument '\(word)' is not NAME=VALUE",
                                           fix: "write arguments as name=value with no spaces, such as received=2026-06-07"))
            }
            let name = String(word[..<equals])
            guard !arguments.contains(where: { $0.name == name }) else {
                return .failure(InnerError(message: "argument '\(name)' is given twice", fix: "keep one of them"))
            }
            arguments.append(Reference.Argument(name: name, value: String(word[word.index(after: equals)...])))
        }
        return .success((id, arguments))
    }

    /// Whether the text has `{{` in it: when not, `parse` returns it as one text segment (or none if empty).
    public static func hasOpening(_ text: String) -> Bool {
        // On the contiguous bytes: through `UTF8View`'s iterator this was 1.5 % of a 10,000-article build.
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard bytes.count > 1 else { return false }
            for i in 1..<bytes.count where bytes[i] == 0x7B && bytes[i - 1] == 0x7B { return true }
            return false
        }) {
            return found
        }
        var previousWasBrace = false
        for byte in text.utf8 {
            if byte == 0x7B {
                if previousWasBrace { return true }
                previousWasBrace = true
            } else {
                previousWasBrace = false
            }
        }
        return false
    }

    /// Parts of `[a-z0-9_]+` joined by dots. Read as bytes: `Character`'s `isLowercase` and `isNumber` looked
    /// up Unicode's tables for every character of every reference; only ASCII passes either way.
    static func isValidID(_ id: String) -> Bool {
        var partLength = 0
        for byte in id.utf8 {
            if byte == 0x2E {
                guard partLength > 0 else { return false }
                partLength = 0
                continue
            }
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F else { return false }
            partLength += 1
        }
        return partLength > 0
    }
}
