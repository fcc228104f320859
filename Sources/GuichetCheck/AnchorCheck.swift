import GuichetContent

/// An anchor to verify once every page's headings are known.
package struct AnchorCheck: Sendable {
    package let file: String
    package let position: SourcePoint
    /// Content path of the page the link leads to.
    package let target: String
    package let anchor: String

    package init(file: String, position: SourcePoint, target: String, anchor: String) {
        self.file = file
        self.position = position
        self.target = target
        self.anchor = anchor
    }
}

// How the build cache writes it: its fields in declaration order (raise `CacheFormat.version` with a change).
extension AnchorCheck: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let file = try reader.readString()
        let position = try reader.read(SourcePoint.self)
        let target = try reader.readString()
        self.init(file: file, position: position, target: target, anchor: try reader.readString())
    }
    package func write(to writer: inout CacheWriter) {
        writer.writeString(file)
        writer.write(position)
        writer.writeString(target)
        writer.writeString(anchor)
    }
}
