/// The Content-Type of a served file, by its extension. Text types say UTF-8, as the build writes them.
enum MediaTypes {
    static let html = "text/html; charset=utf-8"

    static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        // The pages' Markdown twins (RFC 7763).
        "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "pdf": "application/pdf",
    ]

    static func type(forPath path: String) -> String {
        byExtension[pathExtension(path)] ?? "application/octet-stream"
    }

    static func isHTML(_ path: String) -> Bool { type(forPath: path) == html }

    /// The lowercased extension of the last segment (`Logo.PNG` → `png`), or "".
    static func pathExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
