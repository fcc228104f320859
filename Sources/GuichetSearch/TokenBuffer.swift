/// Tokens of a text, their bytes one after another: what `SearchNormaliser.tokenize` fills, so that scoring an
/// article's terms (`SearchTermScorer`) makes no `String` per token.
package struct TokenBuffer {
    package private(set) var bytes: [UInt8] = []
    /// Where each token ends in `bytes`; it starts where the one before it ends.
    package private(set) var ends: [Int] = []

    package init() {}

    package var count: Int { ends.count }

    package func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    package func string(_ index: Int) -> String {
        String(decoding: bytes[range(index)], as: UTF8.self)
    }

    package mutating func append(_ token: [UInt8]) {
        bytes.append(contentsOf: token)
        ends.append(bytes.count)
    }

    /// Drops the last `n` tokens: the tokenizer takes back the tokens of a run it reads again.
    package mutating func removeLast(_ n: Int) {
        guard n > 0 else { return }
        ends.removeLast(n)
        bytes.removeLast(bytes.count - (ends.last ?? 0))
    }
}
