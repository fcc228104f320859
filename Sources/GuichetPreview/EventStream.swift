import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// `/__guichet/events`: a server-sent-events stream per open page. It sends `event: reload` when the
/// generation changes, and a comment every heartbeat interval so that idle connections stay open. Each page
/// holds one connection for as long as it is open; a browser allows six per host over HTTP/1.1, so more
/// than five preview tabs in one browser wait for one to close.
enum EventStream {
    static func response(state: PreviewState, since: Int?, heartbeat: Duration) -> Response {
        var headers = PreviewResponses.commonHeaders(contentType: "text/event-stream; charset=utf-8")
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        let body = ResponseBody { writer in
            let (events, continuation) = AsyncStream.makeStream(of: PreviewState.Event.self,
                                                                bufferingPolicy: .bufferingNewest(4))
            let id = await state.subscribe(continuation)
            let beat = Task {
                while !Task.isCancelled {
                    do { try await Task.sleep(for: heartbeat) } catch { return }
                    continuation.yield(.heartbeat)
                }
            }
            // Read after subscribing, so that no build can fall between the two.
            let current = await state.snapshot.generation
            var opening = "retry: 1000\n: guichet preview, generation \(current)\n\n"
            if let since, since != current { opening += message(.reload(generation: current)) }
            do {
                try await writer.write(ByteBuffer(string: opening))
                // When the server stops, end the stream so that the connection can close.
                try await withGracefulShutdownHandler {
                    for await event in events {
                        try await writer.write(ByteBuffer(string: message(event)))
                    }
                } onGracefulShutdown: {
                    continuation.finish()
                }
            } catch {
                beat.cancel()
                await state.unsubscribe(id)
                throw error
            }
            beat.cancel()
            await state.unsubscribe(id)
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    static func message(_ event: PreviewState.Event) -> String {
        switch event {
        case .reload(let generation): return "event: reload\ndata: \(generation)\n\n"
        case .heartbeat: return ": heartbeat\n\n"
        }
    }
}
