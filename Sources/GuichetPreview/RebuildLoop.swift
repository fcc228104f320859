import ServiceLifecycle

/// The service that rebuilds on change. It waits for the server to have done the first build (which needs
/// the bound port for the site's address), then watches the files (`SiteWatcher`) until the server stops.
struct RebuildLoop: Service {
    /// The builder and the signature taken just before the first build, sent once by the server.
    let starts: AsyncStream<(PreviewBuilder, SiteWatcher.Signature)>
    let watcher: SiteWatcher
    let interval: Duration

    func run() async throws {
        guard let (builder, initial) = await starts.cancelOnGracefulShutdown().first(where: { _ in true }) else {
            return
        }
        await cancelWhenGracefulShutdown {
            await watcher.watch(from: initial, every: interval) { changed in
                await builder.rebuild(changed: changed)
            }
        }
    }
}
