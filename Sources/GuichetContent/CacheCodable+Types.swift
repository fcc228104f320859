import GuichetMarkdown
import HelpCentreRules

// How each value of the build cache is written: its fields in declaration order. A change here changes
// the file format: raise `CacheFormat.version` with it.

extension SourcePoint: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(line: try reader.readInt(), column: try reader.readInt())
    }
    package func write(to writer: inout CacheWriter) {
        writer.writeInt(line)
        writer.writeInt(column)
    }
}

extension LocalDate: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        guard let date = LocalDate(iso: try reader.readString()) else { throw CacheReader.Corrupt() }
        self = date
    }
    package func write(to writer: inout CacheWriter) { writer.writeString(iso) }
}

extension Located: CacheCodable where Value: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(try reader.read(Value.self), at: try reader.read(SourcePoint.self))
    }
    package func write(to writer: inout CacheWriter) {
        writer.write(value)
        writer.write(position)
    }
}

extension ArticleFrontMatter: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
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
    package func write(to writer: inout CacheWriter) {
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
    package convenience init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let file = try reader.readString()
        let category = try reader.readString()
        let slug = try reader.readString()
        self.init(file: file, category: category, slug: slug, matter: try reader.read(ArticleFrontMatter.self))
    }
    package func write(to writer: inout CacheWriter) {
        writer.writeString(file)
        writer.writeString(category)
        writer.writeString(slug)
        writer.write(matter)
    }
}

extension MarkdownHeading: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let level = try reader.readInt()
        let text = try reader.readString()
        self.init(level: level, text: text, id: try reader.readString())
    }
    package func write(to writer: inout CacheWriter) {
        writer.writeInt(level)
        writer.writeString(text)
        writer.writeString(id)
    }
}

extension Diagnostic: CacheCodable {
    package init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
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
    package func write(to writer: inout CacheWriter) {
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
