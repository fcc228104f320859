import GuichetContent
import Testing

/// XXH64 with seed 0 against the reference implementation: the values were printed by the `xxhash` package of
/// PyPI (3.x, the C library's binding): `xxhash.xxh64(bytes, seed=0).intdigest()`. Each length takes another
/// path: empty, one byte, under four, twenty (two words and four bytes, no stripe), forty-three (one stripe,
/// a word and a tail of three), and many stripes with a tail of five.
struct XXHash64Tests {
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { XXHash64.hash($0) } }

    @Test func referenceValues() {
        #expect(Self.hash([]) == 0xEF46_DB37_51D8_E999)
        #expect(Self.hash(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(Self.hash(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(Self.hash(Array("abcdefghijklmnopqrst".utf8)) == 0xFCCC_9749_85DB_DC9E)
        #expect(Self.hash(Array("Le délai de rétractation est de 14 jours.".utf8)) == 0x545F_F293_C608_7A6D)
        let bytes = Array((0..<3).map { _ in (0...255).map(UInt8.init) }.joined()) + Array("tail!".utf8)
        #expect(bytes.count == 773)
        #expect(Self.hash(bytes) == 0x26BB_FF34_E506_DAFF)
    }

    @Test func fullIsTheHashInSixteenHexDigits() {
        #expect(ContentHash.full(Array("a".utf8)) == "d24ec4f1a98c6e5b")
        #expect(ContentHash.full([]) == "ef46db3751d8e999")
    }
}
