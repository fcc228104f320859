import Testing
@testable import GuichetContent

@Suite("SourceText")
struct SourceTextTests {
    @Test func plainUTF8IsKeptAsIs() {
        #expect(SourceText.decode(Array("Délai de rétractation\n".utf8)) == .success("Délai de rétractation\n"))
    }

    @Test func byteOrderMarkIsDropped() {
        #expect(SourceText.decode([0xEF, 0xBB, 0xBF] + Array("---\nt: é".utf8)) == .success("---\nt: é"))
    }

    @Test func byteOrderMarkIsDroppedOnlyAtTheStart() {
        #expect(SourceText.decode(Array("a\u{FEFF}b".utf8)) == .success("a\u{FEFF}b"))
    }

    @Test func windowsLineEndingsBecomeNewlines() {
        #expect(SourceText.decode(Array("---\r\ntitle: A\r\n---\r\n".utf8)) == .success("---\ntitle: A\n---\n"))
    }

    @Test func oldMacLineEndingsBecomeNewlines() {
        #expect(SourceText.decode(Array("a\rb\r\rc".utf8)) == .success("a\nb\n\nc"))
    }

    @Test func mixedLineEndings() {
        #expect(SourceText.decode(Array("a\r\nb\rc\nd\r\r\ne".utf8)) == .success("a\nb\nc\nd\n\ne"))
    }

    @Test func invalidByteIsReportedAtItsLineAndCharacterColumn() {
        // "ab\ncé" then 0xFF: line 2, after the two characters "c" and "é" (three bytes).
        #expect(SourceText.decode(Array("ab\ncé".utf8) + [0xFF]) == .failure(.invalidUTF8(line: 2, column: 3)))
    }

    @Test func invalidFirstByte() {
        #expect(SourceText.decode([0xFF, 0x41]) == .failure(.invalidUTF8(line: 1, column: 1)))
    }

    @Test func latin1AccentIsInvalid() {
        // « Délai » saved as Latin-1: 0xE9 followed by an ASCII letter.
        #expect(SourceText.decode(Array("---\nD".utf8) + [0xE9] + Array("lai".utf8)) == .failure(.invalidUTF8(line: 2, column: 2)))
    }

    @Test func truncatedSequenceAtTheEnd() {
        #expect(SourceText.decode(Array("ab".utf8) + [0xC3]) == .failure(.invalidUTF8(line: 1, column: 3)))
    }

    @Test func byteOrderMarkIsNotCountedInTheColumn() {
        #expect(SourceText.decode([0xEF, 0xBB, 0xBF, 0x78, 0xFF]) == .failure(.invalidUTF8(line: 1, column: 2)))
    }

    @Test func invalidByteAfterWindowsLineEndingsIsOnTheRightLine() {
        // A file saved by a Windows editor in Windows-1252: CRLF endings and a 0xE9 on line 3.
        let bytes = Array("---\r\ntitle: D".utf8) + [0xE9] + Array("lai\r\n".utf8)
        #expect(SourceText.decode(bytes) == .failure(.invalidUTF8(line: 2, column: 9)))
        let third = Array("a\r\nb\r\ncd".utf8) + [0xFF]
        #expect(SourceText.decode(third) == .failure(.invalidUTF8(line: 3, column: 3)))
    }

    @Test func invalidByteAfterOldMacLineEndingsIsOnTheRightLine() {
        // The decoded text treats a lone CR as a line break, so the position must too.
        #expect(SourceText.decode(Array("a\rbc".utf8) + [0xFF]) == .failure(.invalidUTF8(line: 2, column: 3)))
    }

    @Test func fileOverTheLimitIsRefused() {
        #expect(SourceText.decode(Array("abcde".utf8), limit: 4) == .failure(.tooLarge(bytes: 5, limit: 4)))
    }

    @Test func fileAtTheLimitIsAccepted() {
        #expect(SourceText.decode(Array("abcd".utf8), limit: 4) == .success("abcd"))
    }

    @Test func sizeIsCheckedBeforeEncoding() {
        #expect(SourceText.decode([0xFF, 0xFF, 0xFF], limit: 2) == .failure(.tooLarge(bytes: 3, limit: 2)))
    }

    @Test func defaultLimitIsFiveMegabytes() {
        #expect(SourceText.byteLimit == 5_242_880)
    }

    @Test func normaliseLineEndingsLeavesTextWithoutCarriageReturnsAlone() {
        #expect(SourceText.normaliseLineEndings("a\nb") == "a\nb")
        #expect(SourceText.normaliseLineEndings("a\r\n\rb") == "a\n\nb")
    }
}
