/// One unit of the text `FigureScanner` and `ReferenceParser` read: a `Character` in general, or a
/// `Unicode.Scalar` when the text is known to have exactly one scalar per character (see
/// `isOwnCharacter`). Offsets are counted in units, so in both cases they are character offsets.
///
/// Why two: building an array of `Character`s runs the grapheme-breaking algorithm over the whole text,
/// and `Character.isLetter` looks up Unicode properties even for ASCII; the scanner reads every text node
/// of every article, so that was most of the figure check's time. French prose almost never needs
/// grapheme clusters, so the scanner reads scalars and keeps `Character`s for the texts that do.
public protocol FigureScanUnit {
    /// `Character.asciiValue`: the ASCII byte when the unit is one ASCII character, else nil.
    var ascii: UInt8? { get }
    /// `Character.isLetter`.
    var isLetter: Bool { get }
    /// `Character.isNumber`.
    var isNumber: Bool { get }
    /// Whether the unit is exactly this one scalar (for the non-ASCII spaces the scanner skips).
    func isScalar(_ value: UInt32) -> Bool
    /// `Character.lowercased()`.
    func lowercased() -> String
    /// The text of a run of units.
    static func string(_ units: ArraySlice<Self>) -> String
}

extension FigureScanUnit {
    /// `0`–`9` only: `Character.isASCII && isNumber` (the one multi-scalar ASCII character, CR LF, is
    /// not a digit).
    package var isASCIIDigit: Bool {
        guard let ascii else { return false }
        return ascii >= 0x30 && ascii <= 0x39
    }
}

extension Character: FigureScanUnit {
    public var ascii: UInt8? { asciiValue }

    public func isScalar(_ value: UInt32) -> Bool {
        let scalars = unicodeScalars
        return scalars.count == 1 && scalars.first!.value == value
    }

    public static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: FigureScanUnit {
    // Public and inlinable, as the protocol and `isLetter`'s and `isNumber`'s ASCII answers: the scanners of other
    // modules, even specialised for scalars, called this conformance's witnesses through its table for every
    // scalar they read (2 % of a build in `ascii` alone), since a `package` conformance's table is not
    // serialised for other modules to see through; a public one is.
    @inlinable public var ascii: UInt8? { isASCII ? UInt8(value) : nil }

    /// ASCII answered inline, the other scalars below U+2100 (accented letters, the apostrophe ’, which
    /// the scanner meets at many word starts) from a table, the rest from the Unicode properties.
    /// `Character.isLetter` is its first scalar's `isAlphabetic` (FigureScannerFastPathTests checks it
    /// for every scalar read this way).
    @inlinable public var isLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return isNonASCIILetter
    }

    @usableFromInline package var isNonASCIILetter: Bool {
        if value < UInt32(Self.letterAndNumberFlags.count) { return Self.letterAndNumberFlags[Int(value)] & 1 != 0 }
        return properties.isAlphabetic
    }

    /// `Character.isNumber`: its first scalar has a numeric type.
    @inlinable public var isNumber: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return isNonASCIINumber
    }

    @usableFromInline package var isNonASCIINumber: Bool {
        if value < UInt32(Self.letterAndNumberFlags.count) { return Self.letterAndNumberFlags[Int(value)] & 2 != 0 }
        return properties.numericType != nil
    }

    /// For each scalar below U+2100, 1 if alphabetic, 2 if numeric, from the Unicode properties.
    private static let letterAndNumberFlags: [UInt8] = (0..<0x2100).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return (scalar.properties.isAlphabetic ? 1 : 0) | (scalar.properties.numericType != nil ? 2 : 0)
    }

    @inlinable public func isScalar(_ value: UInt32) -> Bool { self.value == value }

    public func lowercased() -> String { Character(self).lowercased() }

    /// Encoded into a byte array first: appending scalars to a `String` one by one is several times slower,
    /// and `ReferenceParser` makes a string of every run of text between references.
    public static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count + units.count / 2)
        for scalar in units {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
