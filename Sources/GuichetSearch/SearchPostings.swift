import Foundation
import GuichetContent

/// The search index as the build cache keeps it (`<output>-<hash>.search`): every term, in order, with all
/// its postings (a shard keeps only the best 400) and the entry its shard holds. A build that changed a few
/// articles' words reads it, redoes the entries of those words only, and copies the others' bytes
/// (`SearchIndexUpdate`): at 10,000 articles, rebuilding the index from every article's terms (two million
/// postings) was a third of a one-article rebuild.
///
/// Layout: the magic string, the format version, the generation (which the record names, as for the
/// article log), the number of documents, the names of the fragments of documents (so that an update
/// keeps those it does not touch, `SearchIndex.fragments`); then per term: the term, its postings (a count, then document
/// gaps and weights) and its entry, each as a length and bytes. Integers as in `CacheWriter`.
package struct SearchPostings: Sendable {
    package static let magic = "guichet-search-postings"

    package let generation: String
    package let documentCount: Int
    /// The fragments' names, as the manifest gives them, in document order.
    package let fragments: [String]
    /// The file's bytes.
    package let bytes: [UInt8]
    /// Each term in order, with where its postings and its entry lie in `bytes`.
    package private(set) var table: [(term: String, postings: Range<Int>, entry: Range<Int>)] = []

    /// The file of the summary `summaryPath`.
    package static func file(for summaryPath: String) -> String {
        (summaryPath.hasSuffix(".cache") ? String(summaryPath.dropLast(6)) : summaryPath) + ".search"
    }

    /// Nil when the file is missing, damaged, or of another generation than the record names.
    package static func read(_ path: String, generation: String) -> SearchPostings? {
        guard let bytes = CacheReader.contents(of: path) else { return nil }
        return SearchPostings(bytes: bytes, generation: generation)
    }

    package init?(bytes: [UInt8], generation: String) {
        var reader = CacheReader(bytes)
        guard (try? reader.readString()) == Self.magic, (try? reader.readInt()) == CacheFormat.version,
              (try? reader.readString()) == generation, let count = try? reader.readInt(), count >= 0,
              let fragments = try? reader.read([String].self),
              fragments.count == (count + SearchIndex.documentsPerFragment - 1) / SearchIndex.documentsPerFragment,
              fragments.allSatisfy(Self.isFragmentName) else { return nil }
        (self.bytes, self.generation, documentCount, self.fragments) = (bytes, generation, count, fragments)
        do {
            var previous = ""
            while !reader.isAtEnd {
                let term = try reader.readString()
                guard term > previous || table.isEmpty else { return nil }
                let postingsCount = try reader.readInt()
                let postings = reader.offset..<(reader.offset + max(0, postingsCount))
                try reader.skip(postingsCount)
                let entryCount = try reader.readInt()
                let entry = reader.offset..<(reader.offset + max(0, entryCount))
                try reader.skip(entryCount)
                table.append((term, postings, entry))
                previous = term
            }
        } catch {
            return nil
        }
    }

    /// `pages/<hex>.json`, as `SearchIndex.fragments` names a fragment: anything else is a damaged file.
    static func isFragmentName(_ name: String) -> Bool {
        let utf8 = Array(name.utf8)
        let prefix = Array("pages/".utf8), suffix = Array(".json".utf8)
        guard utf8.count > prefix.count + suffix.count, utf8.starts(with: prefix), utf8.suffix(suffix.count).elementsEqual(suffix) else { return false }
        return utf8[prefix.count..<(utf8.count - suffix.count)].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// The postings of the term at `index`, in document order; nil when damaged.
    package func postings(at index: Int) -> [SearchIndex.Posting]? {
        var reader = CacheReader(bytes, at: table[index].postings.lowerBound)
        guard let count = try? reader.readInt(), count >= 0 else { return nil }
        var list: [SearchIndex.Posting] = []
        list.reserveCapacity(count)
        var document: Int32 = 0
        for _ in 0..<count {
            guard let gap = try? reader.readInt(), let weight = try? reader.readInt(), gap >= 0,
                  let next = Int32(exactly: Int(document) + gap), let weight32 = Int32(exactly: weight) else { return nil }
            document = next
            list.append(SearchIndex.Posting(document: document, weight: weight32))
        }
        return reader.offset == table[index].postings.upperBound ? list : nil
    }

    package func postingsBytes(at index: Int) -> ArraySlice<UInt8> { bytes[table[index].postings] }
    package func entry(at index: Int) -> ArraySlice<UInt8> { bytes[table[index].entry] }

    /// What a `Writer` wrote, with the table it kept on the way: the postings a preview keeps in memory
    /// (`BuildMemory`) are not read back from their bytes.
    package init(_ writer: Writer) {
        (bytes, generation, documentCount, fragments, table) = (writer.out.bytes, writer.generation, writer.documentCount, writer.fragments, writer.table)
    }

    /// Writes the file, term after term, in term order.
    package struct Writer {
        fileprivate var out = CacheWriter()
        fileprivate let generation: String
        fileprivate let documentCount: Int
        fileprivate let fragments: [String]
        fileprivate var table: [(term: String, postings: Range<Int>, entry: Range<Int>)] = []
        package var bytes: [UInt8] { out.bytes }

        package init(generation: String, documentCount: Int, fragments: [String]) {
            (self.generation, self.documentCount, self.fragments) = (generation, documentCount, fragments)
            out.writeString(SearchPostings.magic)
            out.writeInt(CacheFormat.version)
            out.writeString(generation)
            out.writeInt(documentCount)
            out.write(fragments)
        }

        package mutating func add<Entry: Collection<UInt8>>(_ term: Substring, postings: [SearchIndex.Posting], entry: Entry) {
            var list = CacheWriter()
            list.writeInt(postings.count)
            var previous: Int32 = 0
            for posting in postings {
                list.writeInt(Int(posting.document - previous))
                list.writeInt(Int(posting.weight))
                previous = posting.document
            }
            add(term, postingsBytes: list.bytes, entry: entry)
        }

        package mutating func add<Postings: Collection<UInt8>, Entry: Collection<UInt8>>(_ term: Substring, postingsBytes: Postings, entry: Entry) {
            let term = String(term)
            out.writeString(term)
            out.writeInt(postingsBytes.count)
            let postingsStart = out.bytes.count
            out.append(postingsBytes)
            out.writeInt(entry.count)
            let entryStart = out.bytes.count
            out.append(entry)
            table.append((term, postingsStart..<(postingsStart + postingsBytes.count), entryStart..<(entryStart + entry.count)))
        }
    }
}
