@testable import GuichetRender
@testable import GuichetSite
import Mustache
import Testing

@Suite struct HTMLEscapingTests {
    static func render(_ template: String, _ value: String) throws -> String {
        _ = HTMLEscapingContentType.registered
        return try MustacheTemplate(string: template).render(["v": value])
    }

    /// The same entities as swift-mustache's own HTML escaping, on text where both see the same characters.
    @Test(arguments: ["", "rien", "<script>alert('x')</script>", "a & b \"c\" 'd'", "l’été « 9 h » 🙂", "&amp;"])
    func sameAsTheDependencysEscaping(value: String) throws {
        #expect(try Self.render(HTMLEscapingContentType.pragma + "<p title=\"{{v}}\">{{v}}</p>", value)
                == Self.render("<p title=\"{{v}}\">{{v}}</p>", value))
    }

    /// A quote followed by a combining mark is one `Character` that is not `"`: the dependency lets it
    /// through, and it would end an attribute value.
    @Test func aQuoteBeforeACombiningMarkIsEscapedToo() throws {
        let value = "x\"\u{301} onmouseover=alert(1) "
        #expect(try Self.render(HTMLEscapingContentType.pragma + "<p title=\"{{v}}\">", value)
                == "<p title=\"x&quot;\u{301} onmouseover=alert(1) \">")
        #expect(try Self.render("<p title=\"{{v}}\">", value).contains("x\"\u{301}"), "the dependency's escaping, for the record")
    }

    /// The pragma's line is removed whole: a template keeps its first line as written.
    @Test func thePragmaAddsNothingToTheOutput() throws {
        #expect(try Self.render(HTMLEscapingContentType.pragma + "{{#v}}\nligne\n{{/v}}\n", "oui") == "ligne\n")
    }
}
