/// Parses a template's text into `MustacheNode`s as swift-mustache's parser (its Template+Parser.swift) does,
/// step for step: the same standalone lines removed, the same whitespace kept, the same indentation given to
/// partials and blocks, including its quirks (a section's closing line is judged with the state its opening
/// left). swift-mustache keeps its token tree internal, so the compiled form needs its own; the tags are those
/// `MustacheTag.scan` reads for the theme check, and this adds the text between them.
///
/// It parses only templates swift-mustache has already parsed (a theme whose templates do not parse is
/// refused, and swift-mustache reports where), so it has no error messages of its own: whatever it does not
/// model the same way (other delimiters, pragmas, dynamic partials, a name swift-mustache would read
/// differently, line breaks other than `\n`…) gives nil, and that template is rendered by swift-mustache.
package struct MustacheTree {
    private let scalars: [Unicode.Scalar]
    /// The tags by the offset of their `{{`.
    private let tags: [Int: MustacheTag]
    private var position = 0

    private struct Unsupported: Error {}

    /// A parsed piece: a node, or a block definition, which only `{{< parent }}` may hold.
    private enum Piece {
        case node(MustacheNode)
        case definition(String, [MustacheNode])
    }

    /// swift-mustache's `ParserState`.
    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: Int?

        func withSectionName(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// The template's nodes, or nil when swift-mustache could read it otherwise than this models.
    package static func parse(_ text: String) -> [MustacheNode]? {
        guard readsAsScalars(text) else { return nil }
        var tree = MustacheTree(scalars: Array(text.unicodeScalars),
                                tags: Dictionary(MustacheTag.scan(text).map { ($0.scalars.lowerBound, $0) }) { first, _ in first })
        guard let pieces = try? tree.parse(State()) else { return nil }
        return try? nodes(pieces)
    }

    /// swift-mustache reads `Character`s, this reads scalars: the same wherever no syntax character (braces,
    /// spaces, tabs, line breaks) shares a `Character` with another scalar, and no line break other than `\n`
    /// (which it would also take for one) appears.
    private static func readsAsScalars(_ text: String) -> Bool {
        let otherBreaks: Set<Unicode.Scalar> = ["\r", "\0", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        let syntax: Set<Unicode.Scalar> = ["{", "}", " ", "\t", "\n"]
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.contains(where: otherBreaks.contains) { return false }
            if scalars.count > 1, scalars.contains(where: syntax.contains) { return false }
        }
        return true
    }

    private static func nodes(_ pieces: [Piece]) throws -> [MustacheNode] {
        try pieces.map { piece in
            guard case .node(let node) = piece else { throw Unsupported() }
            return node
        }
    }

    private var reachedEnd: Bool { position == scalars.count }

    private mutating func readWhitespace() -> String {
        var text = ""
        while !reachedEnd, scalars[position] == " " || scalars[position] == "\t" {
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
        return text
    }

    /// swift-mustache's `readUntilDelimiterOrNewline`: the text before the next `\n` or tag; past the tag's
    /// `{{` when it stops at one.
    private mutating func readUntilTagOrNewline() throws -> (text: String, tag: MustacheTag?) {
        var text = ""
        while !reachedEnd {
            let scalar = scalars[position]
            if scalar == "\n" { return (text, nil) }
            if scalar == "{" {
                guard position + 1 < scalars.count else { throw Unsupported() }
                if scalars[position + 1] == "{" {
                    guard let tag = tags[position] else { throw Unsupported() }
                    position += 2
                    return (text, tag)
                }
            }
            text.unicodeScalars.append(scalar)
            position += 1
        }
        return (text, nil)
    }

    /// swift-mustache's `isStandalone`: at a line's start, and only spaces then a line break (taken) or the end after.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var next = position
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
        guard next < scalars.count, scalars[next] == "\n" else { return false }
        position = next + 1
        return true
    }

    private static let nameCharacters = Set<Unicode.Scalar>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*".unicodeScalars)
    private static let nameCharactersWithoutBrackets = Set<Unicode.Scalar>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".unicodeScalars)
    private static let partialNameCharacters = Set<Unicode.Scalar>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/".unicodeScalars)

    /// The name between `from` and the tag's closing delimiter: only spaces, tabs and line breaks around it
    /// (swift-mustache skips any Unicode whitespace, which is not modelled), and only the characters it reads.
    private func name(from start: Int, to end: Int, allowed: Set<Unicode.Scalar>) throws -> String {
        let blank: Set<Unicode.Scalar> = [" ", "\t", "\n"]
        var lower = start, upper = end
        while lower < upper, blank.contains(scalars[lower]) { lower += 1 }
        while upper > lower, blank.contains(scalars[upper - 1]) { upper -= 1 }
        guard lower < upper, scalars[lower..<upper].allSatisfy(allowed.contains) else { throw Unsupported() }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[lower..<upper])
        return name
    }

    /// swift-mustache's `parseName`: `transform(name)` split into the name and its transforms.
    private static func split(_ text: String) throws -> (name: String, transforms: [String]) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func read() -> String {
            var part = ""
            while index < scalars.count, nameCharactersWithoutBrackets.contains(scalars[index]) {
                part.unicodeScalars.append(scalars[index]); index += 1
            }
            return part
        }
        let first = read()
        if index == scalars.count { return (text, []) }
        guard scalars[index] == "(" else { throw Unsupported() }
        index += 1
        var transforms = [first]
        while true {
            let name = read()
            guard index < scalars.count else { throw Unsupported() }
            if scalars[index] == ")" {
                index += 1
                var closing = 0
                while index < scalars.count, scalars[index] == ")" { closing += 1; index += 1 }
                guard closing + 1 == transforms.count, index == scalars.count else { throw Unsupported() }
                return (name, transforms)
            }
            guard scalars[index] == "(" else { throw Unsupported() }
            index += 1
            transforms.append(name)
        }
    }

    private static func mustacheName(_ name: String, transforms: [String]) throws -> MustacheName {
        if name == "." { return MustacheName(path: .implicit, transforms: transforms) }
        // `.name` (the innermost value only), `` (the whole context, or a list's position with a transform): not modelled.
        guard !name.isEmpty, name.first != "." else { throw Unsupported() }
        let parts = name.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { throw Unsupported() }
        return MustacheName(path: .parts(parts), transforms: transforms)
    }

    private mutating func parse(_ initial: State) throws -> [Piece] {
        var pieces: [Piece] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = readWhitespace()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let (text, found) = try readUntilTagOrNewline()
            guard let tag = found else {
                if !reachedEnd {
                    pieces.append(.node(.text(whiteSpaceBefore + text + "\n")))
                    state.newLine = true
                    position += 1
                    continue
                }
                if !text.isEmpty { pieces.append(.node(.text(whiteSpaceBefore + text))) }
                break
            }
            // swift-mustache would take a line break right after `{{` for the end of a line of text.
            guard !reachedEnd, scalars[position] != "\n" else { throw Unsupported() }
            if !text.isEmpty {
                pieces.append(.node(.text(whiteSpaceBefore + text)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            let end = tag.scalars.upperBound
            guard end >= position + 2, scalars[end - 2] == "}", scalars[end - 1] == "}" else { throw Unsupported() }
            let close = end - 2
            var setNewLine = false
            switch scalars[position] {
            case "#", "^":
                let inverted = scalars[position] == "^"
                let (name, transforms) = try Self.split(name(from: position + 1, to: close, allowed: Self.nameCharacters))
                position = end
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    pieces.append(.node(.text(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let body = try Self.nodes(parse(state.withSectionName(name, newLine: setNewLine, transforms: transforms)))
                let parsed = try Self.mustacheName(name, transforms: transforms)
                pieces.append(.node(inverted ? .inverted(parsed, body) : .section(parsed, body)))
            case "/":
                let (name, transforms) = try Self.split(name(from: position + 1, to: close, allowed: Self.nameCharacters))
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Unsupported() }
                position = end
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    pieces.append(.node(.text(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                return pieces
            case "!":
                position = end
                setNewLine = isStandalone(state)
            case "{", "&":
                let triple = scalars[position] == "{"
                guard !triple || (tag.unescaped && close >= position + 1 && scalars[close - 1] == "}") else { throw Unsupported() }
                // The scanner's tag ends after `}}}`: the name ends before the first `}` of it.
                let nameEnd = triple ? end - 3 : close
                if !whiteSpaceBefore.isEmpty {
                    pieces.append(.node(.text(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try Self.split(name(from: position + 1, to: nameEnd, allowed: Self.nameCharacters))
                position = end
                pieces.append(.node(.variable(try Self.mustacheName(name, transforms: transforms), escaped: false)))
            case ">":
                let name = try name(from: position + 1, to: close, allowed: Self.partialNameCharacters)
                // `{{> *name }}` names its partial by a value: not modelled.
                guard name.first != "*" else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty { pieces.append(.node(.text(whiteSpaceBefore))) }
                position = end
                if isStandalone(state) {
                    setNewLine = true
                    pieces.append(.node(.partial(name, indentation: whiteSpaceBefore, blocks: nil)))
                } else {
                    pieces.append(.node(.partial(name, indentation: nil, blocks: nil)))
                }
                whiteSpaceBefore = ""
            case "<":
                let name = try name(from: position + 1, to: close, allowed: Self.partialNameCharacters)
                guard name.first != "*" else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty { pieces.append(.node(.text(whiteSpaceBefore))) }
                position = end
                if isStandalone(state) { setNewLine = true }
                var blocks: [String: [MustacheNode]] = [:]
                for piece in try parse(state.withInheritancePartial(name)) {
                    switch piece {
                    case .definition(let block, let content): blocks[block] = content
                    case .node(.text): break
                    case .node: throw Unsupported()
                    }
                }
                pieces.append(.node(.partial(name, indentation: whiteSpaceBefore, blocks: blocks)))
                whiteSpaceBefore = ""
            case "$":
                let (name, transforms) = try Self.split(name(from: position + 1, to: close, allowed: Self.nameCharacters))
                guard transforms.isEmpty else { throw Unsupported() }
                if state.isPartialDefinitionTopLevel {
                    position = end
                    if isStandalone(state) { setNewLine = true }
                    let content = try Self.nodes(parse(state.withSectionName(name, newLine: setNewLine)))
                    pieces.append(.definition(name, content))
                } else {
                    if !whiteSpaceBefore.isEmpty { pieces.append(.node(.text(whiteSpaceBefore))) }
                    position = end
                    if isStandalone(state) { setNewLine = true }
                    let content = try Self.nodes(parse(state.withSectionName(name, newLine: setNewLine)))
                    pieces.append(.node(.block(name, content: content, indentation: whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
            case "=", "%":
                // Other delimiters and pragmas: themes may use neither, and they are not modelled.
                throw Unsupported()
            default:
                if !whiteSpaceBefore.isEmpty {
                    pieces.append(.node(.text(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try Self.split(name(from: position, to: close, allowed: Self.nameCharacters))
                position = end
                pieces.append(.node(.variable(try Self.mustacheName(name, transforms: transforms), escaped: true)))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return pieces
    }
}
