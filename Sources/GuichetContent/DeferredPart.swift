/// A part of a cached record that the site-wide steps seldom read: its value when this build made it, or,
/// when it came from a cache file, a reader at its bytes there (sharing the file's bytes, not copying them),
/// decoded each time it is read.
///
/// Why: a one-article build at 10,000 articles decoded every article's record whole, and that was 60 ms of
/// its 410 (half its reading step): headings, related articles, search terms and excerpt are 80 % of a
/// record's bytes, and an unchanged article's are read, if at all, by a site-wide file once or twice.
/// Decoded on each read rather than kept: keeping would need a lock per article for what is read so rarely.
///
/// The bytes are trusted when read: the record holding them was checked against its checksum when its file
/// was read (`ArticleLog`), so a damaged part is refused there, with its record.
package struct DeferredPart<Value: CacheCodable & Sendable>: Sendable {
    private enum Storage: Sendable {
        case value(Value)
        /// A reader at the part's first byte, the part's length, and what to give if it does not decode.
        case encoded(CacheReader, length: Int, fallback: Value)
    }

    private let storage: Storage

    package init(_ value: Value) { storage = .value(value) }

    /// The part `CacheWriter.writeLengthPrefixed` wrote at `reader`, passed over; `fallback` is what `value`
    /// gives should it not decode, which the record's checksum rules out (a debug build stops there).
    package init(from reader: inout CacheReader, fallback: Value) throws(CacheReader.Corrupt) {
        let length = try reader.readInt()
        storage = .encoded(reader, length: length, fallback: fallback)
        try reader.skip(length)
    }

    package var value: Value {
        switch storage {
        case .value(let value):
            return value
        case .encoded(var reader, let length, let fallback):
            let start = reader.offset
            guard let value = try? Value(from: &reader), reader.offset == start + length else {
                assertionFailure("a part of a record whose checksum held does not decode")
                return fallback
            }
            return value
        }
    }

    /// As `CacheWriter.writeLengthPrefixed` writes the value: bytes read from a cache file are copied as they are.
    package func write(to writer: inout CacheWriter) {
        switch storage {
        case .value(let value):
            writer.writeLengthPrefixed(value)
        case .encoded(let reader, let length, _):
            writer.writeInt(length)
            writer.append(reader.upcoming(length))
        }
    }
}
