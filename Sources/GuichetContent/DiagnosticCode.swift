/// The stable, machine-readable kind of a finding (the `code` of the JSON report).
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Reading files
    case unreadableFile = "unreadable-file"
    case invalidEncoding = "invalid-encoding"
    case fileTooLarge = "file-too-large"
    case unsafePath = "unsafe-path"
    // Front-matter
    case missingFrontMatter = "missing-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case invalidYAML = "invalid-yaml"
    case frontMatterNotMapping = "front-matter-not-mapping"
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case futureReview = "future-review"
    case staleReview = "stale-review"
    // References
    case malformedReference = "malformed-reference"
    case unknownReference = "unknown-reference"
    case undeclaredRule = "undeclared-rule"
    case unusedRule = "unused-rule"
    case invalidCall = "invalid-call"
    // Figures typed by hand
    case hardCodedFigure = "hard-coded-figure"
    case contradiction = "contradiction"
    case uncoveredRule = "uncovered-rule"
    // Overrides (`<!-- guichet-disable-next-line CODE -- reason -->`)
    /// An override comment without a reason, with an unknown code, or with a code that cannot be overridden.
    case invalidOverride = "invalid-override"
    /// An override that silenced nothing: the line changed, or the check no longer suspects it.
    case unusedOverride = "unused-override"
    // Site structure and links
    case missingCategoryIndex = "missing-category-index"
    case duplicateURL = "duplicate-url"
    case brokenLink = "broken-link"
    case brokenAnchor = "broken-anchor"
    case linkToDraft = "link-to-draft"
    /// A link to a service that has closed (the EU's online dispute resolution platform).
    case closedService = "closed-service"
    // Publishing
    /// Something left to do before the site is published: the starter's example legal notices or mediator, a
    /// base_url on localhost or example.*, a sentence of `guichet new`'s skeleton. A warning for `check`, an
    /// error for `build` and `check --strict`.
    case notReady = "not-ready"
    // Configuration and themes
    case invalidConfig = "invalid-config"
    case invalidTemplate = "invalid-template"
    // The build itself
    /// The site was published but the build cache could not be saved: the next build redoes everything.
    case cacheNotSaved = "cache-not-saved"
    /// The output could not be written (the preview shows it as a finding; the build throws it).
    case cannotWrite = "cannot-write"
}
