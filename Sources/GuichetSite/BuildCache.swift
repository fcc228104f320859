import Foundation
import GuichetContent
import HelpCentreRules

/// What the last successful build saw and wrote, kept in a folder of its own (`.guichet-cache/` by
/// default), so that the next build can skip the work when nothing changed and write only the files that
/// did. Saved last, through a temporary file and a rename: a crash leaves the previous record, which the
/// next build corrects against.
struct BuildCache: Codable, Sendable {
    /// Raised whenever what a build writes changes for the same inputs (a new template key, a fix).
    static let formatVersion = 3

    var version = BuildCache.formatVersion
    /// The output folder this record describes (absolute): one cache folder may serve several outputs.
    var output: String
    /// The fingerprint of every input: content, settings, theme, rules, options.
    var inputs: String
    /// Output path → hash of the bytes written.
    var files: [String: String]
    /// The findings of that build (warnings only: a build with errors publishes nothing and saves nothing).
    var diagnostics: [Diagnostic]
    var pages: Int
    var articles: Int

    static func absolute(_ output: String) -> String { URL(fileURLWithPath: output).standardizedFileURL.path }

    /// One record per output folder, named after it and its absolute path.
    static func file(in folder: String, output: String) -> String {
        var hasher = Hasher64()
        hasher.combine(absolute(output))
        return folder + "/" + URL(fileURLWithPath: absolute(output)).lastPathComponent + "-" + hasher.hex + ".json"
    }

    static func load(from folder: String, output: String) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: file(in: folder, output: output)),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: data),
              cache.version == formatVersion, cache.output == absolute(output) else { return nil }
        return cache
    }

    func save(to folder: String, output: String) throws(SiteError) {
        let path = BuildCache.file(in: folder, output: output)
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(self).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw SiteError(.cannotWrite, path: path, underlying: error)
        }
    }

    /// Hashes everything a build reads: every file under the content and themes folders (path and bytes),
    /// the settings file, the options, and the rule book's whole history. Reading and hashing is a small
    /// fraction of a build; any difference means the build runs.
    static func fingerprint(_ options: BuildOptions, configFile: String) -> String {
        var hasher = Hasher64()
        hasher.combine("guichet-cache-\(formatVersion)")
        for folder in [options.contentDirectory, options.themesDirectory] {
            hasher.combine("folder:" + folder)
            for path in Theme.files(in: folder) {
                hasher.combine(path)
                hasher.combine(FileManager.default.contents(atPath: folder + "/" + path) ?? Data())
            }
        }
        hasher.combine("config:" + configFile)
        hasher.combine(FileManager.default.contents(atPath: configFile) ?? Data("absent".utf8))
        hasher.combine("as-of:\(options.asOf.iso) base:\(options.baseURL ?? "-") drafts:\(options.includeDrafts)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for entry in options.book.entries {
            for version in entry.versions {
                hasher.combine((try? encoder.encode(version)) ?? Data())
            }
        }
        hasher.combine(options.book.functions.map(\.id).joined(separator: ","))
        return hasher.hex
    }
}
