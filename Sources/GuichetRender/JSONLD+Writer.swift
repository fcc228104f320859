import GuichetContent

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

    /// `SafeJSON.appendString`: the escapes of `SafeJSON.encode`, on the string's bytes, each run that needs none
    /// copied at once. A `String` made per scalar here was 2 % of a full build.
    private static func writeString(_ text: String, to out: inout [UInt8]) {
        SafeJSON.appendString(text, to: &out)
    }
}
