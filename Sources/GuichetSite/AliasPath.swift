/// The path of an alias page under the output folder, or nil when it is unsafe.
enum AliasPath {
    static func normalise(_ alias: String) -> String? {
        guard alias.hasPrefix("/") else { return nil }
        let segments = alias.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty, segments.allSatisfy({ segment in
            segment != "." && segment != ".." && segment.allSatisfy {
                $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".")
            }
        }) else { return nil }
        return segments.joined(separator: "/") + "/"
    }
}
