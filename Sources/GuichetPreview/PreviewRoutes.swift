import Foundation
import Hummingbird

/// Answers every request of the preview:
/// - `/__guichet/events`: the live-reload event stream (`EventStream`);
/// - `/__guichet/status`: the state as JSON (`StatusDocument`);
/// - anything else: a file of the last good build (`RequestPath`), `index.html` for a folder, the site's
///   `404.html` with status 404 when there is no such file. HTML gets the live-reload script, and the error
///   overlay while the content has errors; with no good build yet, pages are a minimal error page.
/// Only GET and HEAD are accepted.
struct PreviewRoutes: HTTPResponder {
    typealias Context = BasicRequestContext

    static let statusPath = "/__guichet/status"

    let state: PreviewState
    let heartbeat: Duration

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        guard request.method == .get || request.method == .head else { return PreviewResponses.methodNotAllowed() }
        let response = await route(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func route(_ request: Request) async -> Response {
        let path = request.uri.path
        switch path {
        case LiveReloadScript.eventsPath:
            if request.method == .head {
                return Response(status: .ok, headers: PreviewResponses.commonHeaders(contentType: "text/event-stream; charset=utf-8"))
            }
            let since = request.uri.queryParameters["since"].flatMap { Int($0) }
            return EventStream.response(state: state, since: since, heartbeat: heartbeat)
        case Self.statusPath:
            return PreviewResponses.body(.ok, StatusDocument(await state.snapshot).json(),
                                         contentType: "application/json; charset=utf-8")
        case let other where other.hasPrefix("/__guichet/"):
            return PreviewResponses.text(.notFound, "not found")
        default:
            return await file(path)
        }
    }

    private func file(_ path: String) async -> Response {
        let snapshot = await state.snapshot
        guard let root = snapshot.siteFolder else {
            // No good build yet: every page is the error page; other files do not exist.
            switch RequestPath.segments(path) {
            case .failure(.forbidden): return PreviewResponses.text(.forbidden, "forbidden")
            case .failure(.badRequest): return PreviewResponses.text(.badRequest, "bad request")
            case .success(let segments):
                let last = segments.last ?? ""
                guard last.isEmpty || MediaTypes.isHTML(last) || MediaTypes.pathExtension(last).isEmpty else {
                    return PreviewResponses.text(.notFound, "not found")
                }
                return page(ErrorOverlay.page(), status: .serviceUnavailable, snapshot: snapshot)
            }
        }
        switch RequestPath.resolve(path, root: root) {
        case .file(let file):
            guard let data = FileManager.default.contents(atPath: file) else {
                return PreviewResponses.text(.notFound, "not found")
            }
            return serve(data, path: file, status: .ok, snapshot: snapshot)
        case .redirect(let location):
            return PreviewResponses.redirect(to: location)
        case .notFound:
            guard let data = FileManager.default.contents(atPath: root + "/404.html") else {
                return PreviewResponses.text(.notFound, "not found")
            }
            return serve(data, path: "404.html", status: .notFound, snapshot: snapshot)
        case .forbidden:
            return PreviewResponses.text(.forbidden, "forbidden")
        case .badRequest:
            return PreviewResponses.text(.badRequest, "bad request")
        }
    }

    private func serve(_ data: Data, path: String, status: HTTPResponse.Status,
                       snapshot: PreviewState.Snapshot) -> Response {
        guard MediaTypes.isHTML(path) else {
            return Response(status: status, headers: PreviewResponses.commonHeaders(contentType: MediaTypes.type(forPath: path)),
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        return page(String(decoding: data, as: UTF8.self), status: status, snapshot: snapshot)
    }

    private func page(_ html: String, status: HTTPResponse.Status, snapshot: PreviewState.Snapshot) -> Response {
        let decorated = PageDecorator.decorate(html, generation: snapshot.generation, errors: snapshot.errors,
                                               hasSite: snapshot.siteFolder != nil)
        return PreviewResponses.body(status, decorated, contentType: MediaTypes.html)
    }
}
