/// The consumer mediator the trader has appointed, from guichet.yml's `mediator:` block. Every consumer may
/// turn to one free of charge (Code de la consommation, L612-1); the trader must give its name and website
/// (L616-1) on its website (R616-1). The help centre shows it on the contact block and in the legal notices.
public struct ConsumerMediator: Sendable, Equatable {
    public static let keys = ["name", "website", "address"]

    public var name: String
    /// `https://…`: where the consumer files the request.
    public var website: String
    public var address: String
    /// Where guichet.yml writes the website, for a finding about it.
    public var websitePosition = SourcePoint(line: 0, column: 0)

    static func read(from fields: inout YAMLFields, file: String) -> ConsumerMediator? {
        guard var block = fields.block("mediator", known: keys, describing: "mediator") else {
            if fields.isReadable, !fields.has("mediator") {
                fields.diagnostics.append(.error(.missingKey, file, fields.position(of: "mediator"),
                    "missing required key 'mediator': customers must be told which consumer mediator they may turn to (L616-1)",
                    fix: "add a 'mediator:' block with name, website and address (the guichet.yml that 'guichet init' writes explains each)"))
            }
            return nil
        }
        defer { fields.absorb(block) }
        for key in keys { block.required(key, fix: "add the mediator's '\(key):' under mediator") }
        let name = block.string("name"), address = block.string("address")
        let website = block.string("website").flatMap { url in
            url.hasPrefix("https://") && url.count > "https://".count && !url.contains(where: \.isWhitespace)
                ? url : block.invalid("website", "the mediator's website '\(url)' must be an https:// address",
                                      fix: "copy it from the mediator's agreement, such as https://www.mediateur-exemple.fr/")
        }
        guard let name, let website, let address else { return nil }
        return ConsumerMediator(name: name, website: website, address: address, websitePosition: block.valuePosition("website"))
    }
}
