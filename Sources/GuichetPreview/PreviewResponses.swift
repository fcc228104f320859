import HTTPTypes
import Hummingbird

/// The small responses every route builds: headers shared by all, plain-text errors, redirects.
enum PreviewResponses {
    static let noSniff = HTTPField.Name("X-Content-Type-Options")!

    /// Nothing is cached: after a rebuild, a reload must show the new files.
    static func commonHeaders(contentType: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[noSniff] = "nosniff"
        return headers
    }

    static func body(_ status: HTTPResponse.Status, _ text: String, contentType: String) -> Response {
        Response(status: status, headers: commonHeaders(contentType: contentType),
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        body(status, text + "\n", contentType: "text/plain; charset=utf-8")
    }

    static func redirect(to location: String) -> Response {
        var response = text(.found, location)
        response.headers[.location] = location
        return response
    }

    static func methodNotAllowed() -> Response {
        var response = text(.methodNotAllowed, "only GET and HEAD")
        response.headers[.allow] = "GET, HEAD"
        return response
    }
}
