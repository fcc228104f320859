/// The few lines of JavaScript the preview adds to every HTML page it serves (never to a `guichet build`):
/// they open the event stream and reload the page when a new build is ready.
///
/// The page's generation is passed along, so that a build finished between the page being served and the
/// stream being opened still reloads it. When the server stops, the browser's `EventSource` keeps
/// retrying; a restarted server has another generation, so the page reloads as soon as it is back.
enum LiveReloadScript {
    static let eventsPath = "/__guichet/events"

    static func tag(generation: Int) -> String {
        """
        <script data-guichet-preview>
        (() => {
          const events = new EventSource("\(eventsPath)?since=\(generation)");
          events.addEventListener("reload", () => { events.close(); location.reload(); });
        })();
        </script>

        """
    }
}
