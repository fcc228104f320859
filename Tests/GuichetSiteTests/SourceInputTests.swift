import Foundation
import GuichetContent
@testable import GuichetSite
import Testing

@Suite struct SourceInputTests {
    static let text = "---\ntitle: Délai\ndescription: Le délai.\n---\nCorps de l’article.\n"

    @Test func theBodyIsReadAgainWhenItsTurnComesAndRefusedIfTheFileChanged() throws {
        let folder = try TemporaryFolder("source-input")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.sub("Content/retractation"), withIntermediateDirectories: true)
        let path = folder.sub("Content/retractation/delai.md")
        try Self.text.write(toFile: path, atomically: true, encoding: .utf8)
        let loader = ContentLoader(contentDirectory: folder.sub("Content"))
        let file = ContentFile(kind: .article, path: path, file: path, category: "retractation", slug: "delai")
        let input = SourceInput.read(file, stamp: FileStamp(path: path), cache: nil, loader: loader)
        #expect(input.head?.matter.title == "Délai" && input.memo == nil)

        let (article, diagnostics) = try #require(input.article(loader: loader))
        #expect(article.body == "Corps de l’article.\n" && article.bodyLine == 5 && diagnostics.isEmpty)

        try (Self.text + "Une phrase de plus.\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(input.article(loader: loader) == nil, "the head read first no longer matches the file")
    }
}
