import Foundation
import PackagePlugin

/// Carries files into the binary at build time (scripts/embed, run with /bin/sh): the default theme and the starter site of
/// `guichet init` into GuichetRender and GuichetSite, generated from Themes/default and Starter/ on every build where they
/// changed, so that there is never a second copy kept by hand; and the version with its commit into the
/// guichet command.
@main
struct EmbedPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let package = context.package.directoryURL
        let shell = URL(fileURLWithPath: "/bin/sh")
        let script = package.appending(path: "scripts/embed")
        let work = context.pluginWorkDirectoryURL
        switch target.name {
        case "GuichetRender", "GuichetSite":
            let embedded = target.name == "GuichetRender" ? [("EmbeddedTheme", "Themes/default")] : [("EmbeddedStarter", "Starter")]
            return embedded.map { name, folder in
                let input = package.appending(path: folder)
                let output = work.appending(path: name + ".swift")
                return .buildCommand(displayName: "Embedding \(folder)", executable: shell,
                                     arguments: [script.path(), "files", name, input.path(), output.path()],
                                     inputFiles: [script] + files(in: input), outputFiles: [output])
            }
        case "guichet":
            let output = work.appending(path: "BuildInfo.swift")
            // A new commit rewrites .git/logs/HEAD: the file is made again after every commit or checkout.
            let inputs = ["scripts/embed", "VERSION", ".git/HEAD", ".git/logs/HEAD", ".git/packed-refs"]
                .map { package.appending(path: $0) }
                .filter { FileManager.default.fileExists(atPath: $0.path()) }
            return [.buildCommand(displayName: "Recording the version", executable: shell,
                                  arguments: [script.path(), "version", package.appending(path: "VERSION").path(), package.path(), output.path()],
                                  inputFiles: inputs, outputFiles: [output])]
        default:
            return []
        }
    }

    private func files(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path() < $1.path() }
    }
}
