import GuichetRender
/// Stage "stage assets": where a build writes (the staging folder, published in one rename at the end),
/// the theme's assets already in it, and the renderer that names them.
struct StagedOutput: Sendable {
    let writer: OutputWriter
    /// Nil when the theme could not be loaded: the articles are checked, nothing is rendered or published.
    let renderer: PageRenderer?
    let assets: [OutputWriter.Written]
}
