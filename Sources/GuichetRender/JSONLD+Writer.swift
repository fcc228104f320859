extension JSONLD.Graph {
    /// The graph as JSON safe inside a `<script>` element: the bytes `SafeJSON.encode` gives (keys sorted,
    /// slashes as they are, `<`, `>`, `&`, U+2028 and U+2029 escaped), written directly. Every page has a
    /// graph, and going through JSONEncoder took several per cent of a large build. A test compares both.
    package func encodedForHTML() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        JSONLD.Value.object(["@context": .text(context), "@graph": .list(graph.map { .object($0.fields) })]).write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension JSONLD.Value {
    package func write(to out: inout [UInt8]) {
        switch self {
        case .text(let text):
            Self.writeString(text, to: &out)
        case .number(let number):
            out.append(contentsOf: String(number).utf8)
        case .list(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            // Keys are ASCII: their byte order is the order JSONEncoder's `.sortedKeys` gives them.
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                fields[key]!.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: #"\""#.utf8)
            case "\\": out.append(contentsOf: #"\\"#.utf8)
            case "\n": out.append(contentsOf: #"\n"#.utf8)
            case "\r": out.append(contentsOf: #"\r"#.utf8)
            case "\t": out.append(contentsOf: #"\t"#.utf8)
            case "\u{8}": out.append(contentsOf: #"\b"#.utf8)
            case "\u{C}": out.append(contentsOf: #"\f"#.utf8)
            case "<": out.append(contentsOf: #"\u003c"#.utf8)
            case ">": out.append(contentsOf: #"\u003e"#.utf8)
            case "&": out.append(contentsOf: #"\u0026"#.utf8)
            case "\u{2028}": out.append(contentsOf: #"\u2028"#.utf8)
            case "\u{2029}": out.append(contentsOf: #"\u2029"#.utf8)
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
