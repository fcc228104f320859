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

    /// On the string's bytes, copying each run that needs no escape at once: only ASCII bytes and U+2028 and
    /// U+2029 (E2 80 A8, E2 80 A9) are escaped. A `String` made per scalar was 2 % of a full build.
    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            func escape(_ sequence: String, width: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                out.append(contentsOf: sequence.utf8)
                i += width
                runStart = i
            }
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""): escape(#"\""#, width: 1)
                case UInt8(ascii: "\\"): escape(#"\\"#, width: 1)
                case UInt8(ascii: "\n"): escape(#"\n"#, width: 1)
                case UInt8(ascii: "\r"): escape(#"\r"#, width: 1)
                case UInt8(ascii: "\t"): escape(#"\t"#, width: 1)
                case 0x08: escape(#"\b"#, width: 1)
                case 0x0C: escape(#"\f"#, width: 1)
                case UInt8(ascii: "<"): escape(#"\u003c"#, width: 1)
                case UInt8(ascii: ">"): escape(#"\u003e"#, width: 1)
                case UInt8(ascii: "&"): escape(#"\u0026"#, width: 1)
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16)
                    escape("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, width: 1)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape(bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#, width: 3)
                default:
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
