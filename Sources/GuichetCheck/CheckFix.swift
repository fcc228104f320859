import Foundation
import GuichetContent

/// `guichet check --fix`, as ESLint's and Ruff's: applies the fixes a check found certain (`CertainEdit`) to
/// the files, and says each one. A file with an error that stops it being read as the check read it (its
/// front-matter or a reference does not parse) is never touched; nor is an edit whose text is no longer at
/// its place. Files are written atomically (a temporary file renamed over the old one).
public enum CheckFix {
    /// What `--fix` did, or would do (`--dry-run`), to one file.
    public struct FileResult: Sendable {
        public let file: String
        public let before: String
        public let after: String
        /// One line per fix applied: `7:11: hard-coded-figure: '14 jours' → '{{ withdrawal.period.value }}'`.
        public let applied: [String]
        /// Why the file was left alone, when it was.
        public let refused: String?
    }

    /// Findings that mean the file was not read as written: fixing around them could damage it.
    package static let unparsable: Set<DiagnosticCode> = [.invalidYAML, .unclosedFrontMatter, .frontMatterNotMapping, .missingFrontMatter,
                                                  .invalidEncoding, .unreadableFile, .fileTooLarge, .malformedReference]

    /// The edits of `diagnostics`, file by file, applied to the texts read from the disk. Writes nothing.
    public static func plan(_ diagnostics: [Diagnostic]) -> [FileResult] {
        let byFile = Dictionary(grouping: diagnostics.filter { $0.isReported }, by: \.file)
        var results: [FileResult] = []
        for file in byFile.keys.sorted() {
            let findings = byFile[file]!
            let edits = findings.filter { $0.edit != nil }
            guard !edits.isEmpty, let data = FileManager.default.contents(atPath: file),
                  let text = String(data: data, encoding: .utf8) else { continue }
            if let blocking = findings.first(where: { unparsable.contains($0.code) && $0.severity == .error }) {
                results.append(FileResult(file: file, before: text, after: text, applied: [],
                    refused: "\(blocking.place): \(blocking.message) [\(blocking.code.rawValue)]: fix it first, then run --fix again"))
                continue
            }
            results.append(apply(edits, to: text, file: file))
        }
        return results
    }

    /// Writes each changed file atomically; returns the files written.
    public static func write(_ results: [FileResult]) throws -> [String] {
        var written: [String] = []
        for result in results where result.refused == nil && result.after != result.before {
            try Data(result.after.utf8).write(to: URL(fileURLWithPath: result.file), options: .atomic)
            written.append(result.file)
        }
        return written
    }

    package static func apply(_ findings: [Diagnostic], to text: String, file: String) -> FileResult {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var applied: [(line: Int, column: Int, text: String)] = []
        var adds: [String] = []
        var removes: [String] = []
        // From the end of the file, so that an edit does not move the columns of those before it.
        let ordered = findings.sorted { ($0.line, $0.column) > ($1.line, $1.column) }
        var done = Set<SourcePoint>()
        for finding in ordered {
            guard let edit = finding.edit else { continue }
            if !edit.replace.isEmpty {
                let index = finding.line - 1
                guard lines.indices.contains(index), done.insert(SourcePoint(line: finding.line, column: finding.column)).inserted
                else { continue }
                var characters = Array(lines[index])
                let start = finding.column - 1
                let old = Array(edit.replace)
                // The text must still be where the check saw it (a figure cut by a line break is not).
                guard start >= 0, start + old.count <= characters.count, Array(characters[start..<(start + old.count)]) == old
                else { continue }
                characters.replaceSubrange(start..<(start + old.count), with: Array(edit.with))
                lines[index] = String(characters)
                var said = "'\(edit.replace)' → '\(edit.with)'"
                if let rule = edit.addRule { said += ", '\(rule)' added to rules:"; adds.append(rule) }
                applied.append((finding.line, finding.column, "\(finding.code.rawValue): \(said)"))
            } else if let rule = edit.addRule {
                adds.append(rule)
                applied.append((finding.line, finding.column, "\(finding.code.rawValue): '\(rule)' added to rules:"))
            } else if let rule = edit.removeRule,
                      // A rule another fix of the file now uses stays listed.
                      !adds.contains(rule), !findings.contains(where: { $0.edit?.with.contains("{{ \(rule)") ?? false }) {
                removes.append(rule)
                applied.append((finding.line, finding.column, "\(finding.code.rawValue): '\(rule)' removed from rules:"))
            }
        }
        if !adds.isEmpty || !removes.isEmpty {
            guard editRules(&lines, adding: adds, removing: removes) else {
                return FileResult(file: file, before: text, after: text, applied: [],
                                  refused: "its 'rules:' is not a list on one line ([a, b]): add or remove the rules by hand")
            }
        }
        let sorted = applied.sorted { ($0.line, $0.column) < ($1.line, $1.column) }.map { "\(file):\($0.line):\($0.column): \($0.text)" }
        return FileResult(file: file, before: text, after: lines.joined(separator: "\n"), applied: sorted, refused: nil)
    }

    /// Adds and removes ids of the front-matter's `rules: [a, b]`, or adds the line when there is none.
    /// False when `rules:` is written another way (a list over several lines).
    package static func editRules(_ lines: inout [String], adding: [String], removing: [String]) -> Bool {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" })
        else { return false }
        let line = lines[1..<end].firstIndex { $0.hasPrefix("rules:") }
        var rules: [String] = []
        if let line {
            let value = lines[line].dropFirst("rules:".count).trimmingCharacters(in: .whitespaces)
            guard value.hasPrefix("["), value.hasSuffix("]") else { return false }
            rules = value.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        rules.removeAll { removing.contains($0) }
        for rule in adding where !rules.contains(rule) { rules.append(rule) }
        let written = "rules: [" + rules.joined(separator: ", ") + "]"
        if let line { lines[line] = written } else { lines.insert(written, at: end) }
        return true
    }

    /// A unified diff of `before` and `after` (`--fix --dry-run`), with a line of context around each change.
    public static func diff(_ result: FileResult) -> String {
        let old = result.before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = result.after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence of lines: articles are short, and the changes few.
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var out = "--- \(result.file)\n+++ \(result.file)\n"
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] { (i, j) = (i + 1, j + 1); continue }
            out += "@@ -\(i + 1) +\(j + 1) @@\n"
            if i > 0 { out += " \(old[i - 1])\n" }
            while i < old.count || j < new.count {
                if i < old.count, j < new.count, old[i] == new[j] { break }
                if i < old.count, j == new.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                    out += "-\(old[i])\n"; i += 1
                } else {
                    out += "+\(new[j])\n"; j += 1
                }
            }
            if i < old.count { out += " \(old[i])\n" }
        }
        return out
    }
}
