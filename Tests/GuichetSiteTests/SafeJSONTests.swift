@testable import GuichetContent
@testable import GuichetSite
import Testing

@Suite struct SafeJSONTests {
    @Test(arguments: [
        ("{\"t\":\"a\"}", "{\"t\":\"a\"}"),
        ("\"</script>\"", "\"\\u003c/script\\u003e\""),
        ("\"a & b\"", "\"a \\u0026 b\""),
        // « ’ » starts with the same byte as the two separators and stays as it is.
        ("\"l’été\u{2028}x\u{2029}\"", "\"l’été\\u2028x\\u2029\""),
        ("\"fin ’\"", "\"fin ’\""),
        ("\"\u{2028}\"", "\"\\u2028\""),
    ])
    func escapesWhatCouldEndAScriptOrALine(input: String, expected: String) {
        #expect(SafeJSON.escapeForHTML(input) == expected)
    }
}
