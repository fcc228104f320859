import GuichetContent

// How each value of the build cache is written: its fields in declaration order. A change here changes
// the file format: raise `CacheFormat.version` with it.

extension FileStamp: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(size: try reader.read(), modified: try reader.read(), changed: try reader.read(), inode: try reader.read())
    }
    package func write(to writer: inout CacheWriter) {
        writer.write(size)
        writer.write(modified)
        writer.write(changed)
        writer.write(inode)
    }
}

extension BuildCache.Source: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(stamp: try reader.read(), hash: try reader.readString())
    }
    package func write(to writer: inout CacheWriter) {
        writer.write(stamp)
        writer.writeString(hash)
    }
}
