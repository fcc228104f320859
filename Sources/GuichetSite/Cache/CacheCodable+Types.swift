import GuichetContent
import GuichetMarkdown
import HelpCentreRules

// How each value of the build cache is written: its fields in declaration order. A change here changes
// the file format: raise `BuildCache.formatVersion` with it.

extension SourcePoint: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(line: try reader.readInt(), column: try reader.readInt())
    }
    func write(to writer: inout CacheWriter) {
        writer.writeInt(line)
        writer.writeInt(column)
    }
}

extension LocalDate: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        guard let date = LocalDate(iso: try reader.readString()) else { throw CacheReader.Corrupt() }
        self = date
    }
    func write(to writer: inout CacheWriter) { writer.writeString(iso) }
}

extension Located: CacheCodable where Value: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(try reader.read(Value.self), at: try reader.read(SourcePoint.self))
    }
    func write(to writer: inout CacheWriter) {
        writer.write(value)
        writer.write(position)
    }
}

extension ArticleFrontMatter: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let title = try reader.readString()
        let description = try reader.readString()
        let order = try reader.read(Int?.self)
        let rules = try reader.read([Located<String>].self)
        let related = try reader.read([Located<String>].self)
        let aliases = try reader.read([Located<String>].self)
        let draft = try reader.read(Bool.self)
        let reviewed = try reader.read(Located<LocalDate>?.self)
        guard let audience = Audience(rawValue: try reader.readString()) else { throw CacheReader.Corrupt() }
        self.init(title: title, description: description, order: order, rules: rules, related: related,
                  aliases: aliases, draft: draft, reviewed: reviewed, audience: audience)
    }
    func write(to writer: inout CacheWriter) {
        writer.writeString(title)
        writer.writeString(description)
        writer.write(order)
        writer.write(rules)
        writer.write(related)
        writer.write(aliases)
        writer.write(draft)
        writer.write(reviewed)
        writer.writeString(audience.rawValue)
    }
}

extension ArticleHead: CacheCodable {
    convenience init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let file = try reader.readString()
        let category = try reader.readString()
        let slug = try reader.readString()
        self.init(file: file, category: category, slug: slug, matter: try reader.read(ArticleFrontMatter.self))
    }
    func write(to writer: inout CacheWriter) {
        writer.writeString(file)
        writer.writeString(category)
        writer.writeString(slug)
        writer.write(matter)
    }
}

extension MarkdownHeading: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let level = try reader.readInt()
        let text = try reader.readString()
        self.init(level: level, text: text, id: try reader.readString())
    }
    func write(to writer: inout CacheWriter) {
        writer.writeInt(level)
        writer.writeString(text)
        writer.writeString(id)
    }
}

extension Diagnostic: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        guard let severity = Severity(rawValue: try reader.readString()),
              let code = DiagnosticCode(rawValue: try reader.readString()) else { throw CacheReader.Corrupt() }
        let file = try reader.readString()
        let line = try reader.readInt()
        let column = try reader.readInt()
        let message = try reader.readString()
        let fix = try reader.read(String?.self)
        self.init(severity, code, file: file, line: line, column: column, message: message, fix: fix,
                  rule: try reader.read(String?.self))
        suppression = try reader.read(String?.self)
        let (replace, with) = (try reader.read(String?.self), try reader.read(String?.self))
        let (addRule, removeRule) = (try reader.read(String?.self), try reader.read(String?.self))
        if let replace, let with { edit = CertainEdit(replace: replace, with: with, addRule: addRule, removeRule: removeRule) }
    }
    func write(to writer: inout CacheWriter) {
        writer.writeString(severity.rawValue)
        writer.writeString(code.rawValue)
        writer.writeString(file)
        writer.writeInt(line)
        writer.writeInt(column)
        writer.writeString(message)
        writer.write(fix)
        writer.write(rule)
        writer.write(suppression)
        writer.write(edit?.replace)
        writer.write(edit?.with)
        writer.write(edit?.addRule)
        writer.write(edit?.removeRule)
    }
}

extension AnchorCheck: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let file = try reader.readString()
        let position = try reader.read(SourcePoint.self)
        let target = try reader.readString()
        self.init(file: file, position: position, target: target, anchor: try reader.readString())
    }
    func write(to writer: inout CacheWriter) {
        writer.writeString(file)
        writer.write(position)
        writer.writeString(target)
        writer.writeString(anchor)
    }
}

extension SearchTerms: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let joined = try reader.readString()
        let weights = try reader.read([Int].self)
        guard weights.allSatisfy({ Int32(exactly: $0) != nil }),
              let terms = SearchTerms(joined: joined, weights: weights.map { Int32($0) }) else { throw CacheReader.Corrupt() }
        self = terms
    }
    func write(to writer: inout CacheWriter) {
        writer.writeString(joined)
        writer.write(weights.map { Int($0) })
    }
}

extension PreparedArticle: CacheCodable {
    convenience init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(article: try reader.read(), headings: try reader.read(), related: try reader.read(),
                  usedRules: try reader.read(), diagnostics: try reader.read(), anchors: try reader.read(),
                  searchTerms: try reader.read(), searchExcerpt: try reader.readString())
    }
    func write(to writer: inout CacheWriter) {
        writer.write(article)
        writer.write(headings)
        writer.write(related)
        writer.write(usedRules)
        writer.write(diagnostics)
        writer.write(anchors)
        writer.write(searchTerms)
        writer.writeString(searchExcerpt)
    }
}

extension FileStamp: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(size: try reader.read(), modified: try reader.read(), changed: try reader.read(), inode: try reader.read())
    }
    func write(to writer: inout CacheWriter) {
        writer.write(size)
        writer.write(modified)
        writer.write(changed)
        writer.write(inode)
    }
}

extension BuildCache.Source: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(stamp: try reader.read(), hash: try reader.readString())
    }
    func write(to writer: inout CacheWriter) {
        writer.write(stamp)
        writer.writeString(hash)
    }
}
