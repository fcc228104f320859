/// The publisher's identity that the legal notices (« Mentions légales ») must give, from guichet.yml's `legal:`
/// block: loi n° 2004-575 du 21 juin 2004 (LCEN), article 1-1, where the loi n° 2024-449 du 21 mai 2024 moved
/// the duties of the former article 6, III; the VAT number and legal form are the trader's information duty
/// (Code de la consommation, L221-5 and R111-1; Code général des impôts, art. 242 nonies A of annex II).
/// The e-mail address beside the telephone number is asked of whoever sells online by LCEN article 19, 2°
/// (« son adresse de courrier électronique »), and of the trader by the Code de la consommation (R221-2, as
/// amended by décret n° 2022-424, whose notice on Légifrance says it now requires the trader's contact
/// details; R221-2's own text was not read here). LCEN article 19 could not be read
/// on Légifrance from this machine: it was checked against a chartered accountants' summary of it
/// (compta-e-commerce.com, « Obligation d'identification »: « l'adresse postale, l'adresse de courrier
/// électronique et les coordonnées téléphoniques ») and against article 5, 1 c) of directive 2000/31/EC,
/// which it transposes (quoted by 123dok.net: « ses coordonnées, y compris son adresse de courrier
/// électronique »). docs/content.md names the basis of every field.
/// Every field is required and checked: a legal notice is not published from a guess.
public struct LegalNotice: Sendable, Equatable {
    public static let keys = ["company", "legal_form", "share_capital", "registered_office", "rcs", "vat", "phone",
                              "email", "publication_director", "host"]
    public static let hostKeys = ["name", "address", "phone"]

    /// Dénomination sociale.
    public var company: String
    /// SAS, SARL, SA…
    public var legalForm: String
    /// In euro cents, so that 37 000,50 € is exact.
    public var shareCapitalCents: Int
    public var registeredOffice: String
    /// The city of the registry (greffe) that keeps the company's registration.
    public var registryCity: String
    public var siren: SIREN
    public var phone: PhoneNumber
    /// Where the publisher reads its mail: `contact@exemple.fr`.
    public var email: String
    public var publicationDirector: String
    public var host: Host

    public struct Host: Sendable, Equatable {
        public var name: String
        public var address: String
        public var phone: PhoneNumber
    }

    /// `RCS Paris 123 456 782`.
    public var rcs: String { "RCS " + registryCity + " " + siren.display }
    public var vatNumber: String { siren.vatNumber }

    /// `150 000 €`, `37 000,50 €`, with no-break spaces.
    public var shareCapital: String {
        let euros = String(shareCapitalCents / 100)
        var grouped = ""
        for (index, digit) in euros.enumerated() {
            if index > 0, (euros.count - index) % 3 == 0 { grouped += "\u{00A0}" }
            grouped.append(digit)
        }
        let cents = shareCapitalCents % 100
        return grouped + (cents == 0 ? "" : "," + (cents < 10 ? "0" : "") + String(cents)) + "\u{00A0}€"
    }

    /// Reads the `legal:` block; nil with diagnostics when it is missing, incomplete or malformed.
    static func read(from fields: inout YAMLFields, file: String) -> LegalNotice? {
        guard var block = fields.block("legal", known: keys, describing: "legal") else {
            if fields.isReadable, !fields.has("legal") {
                fields.diagnostics.append(.error(.missingKey, file, fields.position(of: "legal"),
                    "missing required key 'legal': the legal notices (LCEN art. 1-1) must name the publisher",
                    fix: "add a 'legal:' block with \(keys.joined(separator: ", ")) (the guichet.yml that 'guichet init' writes explains each)"))
            }
            return nil
        }
        defer { fields.absorb(block) }
        for key in keys { block.required(key, fix: LegalNotice.fixes[key] ?? "add '\(key):' under legal") }
        let company = block.string("company"), legalForm = block.string("legal_form")
        let office = block.string("registered_office"), director = block.string("publication_director")
        let capital = block.string("share_capital").flatMap { text in
            LegalNotice.cents(text) ?? block.invalid("share_capital", "share_capital '\(text)' is not an amount in euros",
                                                     fix: "write it as 150000 or 37 000,50 €")
        }
        let registration = block.string("rcs").flatMap { text in
            LegalNotice.registration(text) ?? block.invalid("rcs", LegalNotice.rcsProblem(text),
                                                            fix: "write it as it appears on the Kbis extract: RCS Paris 123 456 782")
        }
        let phone = block.phone("phone")
        let email = block.string("email").flatMap { text in
            LegalNotice.isEmailAddress(text) ? text : block.invalid("email", LegalNotice.emailProblem(text),
                                                                    fix: "write the address customers can write to, such as contact@exemple.fr")
        }
        if let registration, let vat = block.string("vat") {
            let written = vat.filter { $0 != " " && $0 != "\u{00A0}" }.uppercased()
            if written != registration.siren.vatNumber {
                block.report("vat", "vat '\(vat)' is not the VAT number of SIREN \(registration.siren.display) (rcs)",
                                  fix: "the VAT number of this SIREN is \(registration.siren.vatNumber); check both against the Kbis extract")
            }
        }
        let host = readHost(&block)
        guard let company, let legalForm, let capital, let office, let registration, let phone, let email, let director, let host,
              !block.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return LegalNotice(company: company, legalForm: legalForm, shareCapitalCents: capital, registeredOffice: office,
                           registryCity: registration.city, siren: registration.siren, phone: phone,
                           email: email, publicationDirector: director, host: host)
    }

    private static func readHost(_ fields: inout YAMLFields) -> Host? {
        guard var block = fields.block("host", known: hostKeys, describing: "legal.host") else { return nil }
        defer { fields.absorb(block) }
        for key in hostKeys { block.required(key, fix: "add the host's '\(key):' under host (LCEN art. 1-1: name, address and phone)") }
        guard let name = block.string("name"), let address = block.string("address"), let phone = block.phone("phone") else { return nil }
        return Host(name: name, address: address, phone: phone)
    }

    static let fixes: [String: String] = [
        "company": "add 'company:' with the company's registered name (dénomination sociale)",
        "legal_form": "add 'legal_form:', such as SAS or SARL",
        "share_capital": "add 'share_capital:' in euros, such as 150000",
        "registered_office": "add 'registered_office:' with the address of the head office",
        "rcs": "add 'rcs:' as on the Kbis extract, such as RCS Paris 123 456 782",
        "vat": "add 'vat:', the intra-community VAT number (FR…)",
        "phone": "add 'phone:', the publisher's phone number",
        "email": "add 'email:', the publisher's e-mail address (LCEN art. 19), such as contact@exemple.fr",
        "publication_director": "add 'publication_director:' with the name of the director of publication",
        "host": "add a 'host:' block with the host's name, address and phone",
    ]

    /// `150000`, `150 000`, `37 000,50 €`, `1500.5 EUR` → cents; nil for anything else.
    static func cents(_ text: String) -> Int? {
        var t = Substring(text)
        for suffix in ["€", "EUR", "euros"] where t.hasSuffix(suffix) { t = t.dropLast(suffix.count) }
        let compact = t.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        let parts = compact.split(separator: compact.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let euros = Int(parts[0]), euros >= 0, parts[0].allSatisfy(\.isNumber) else { return nil }
        guard parts.count == 2 else { return euros * 100 }
        guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let fraction = Int(parts[1]) else { return nil }
        return euros * 100 + (parts[1].count == 1 ? fraction * 10 : fraction)
    }

    /// `RCS Paris 123 456 782`, `Paris B 123 456 782`, `123 456 782 R.C.S. Paris` → the city and the SIREN.
    static func registration(_ text: String) -> (city: String, siren: SIREN)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        let digits = words.filter { $0.allSatisfy(\.isNumber) }.joined()
        let city = words.filter { word in
            !word.allSatisfy(\.isNumber) && !["RCS", "R.C.S.", "A", "B"].contains(word.uppercased())
        }.joined(separator: " ")
        guard !city.isEmpty, city.contains(where: \.isLetter), let siren = SIREN(digits) else { return nil }
        return (city, siren)
    }

    /// `contact@exemple.fr`: one `@`, a local part and a domain with a dot, no space, no `mailto:`; each
    /// part made of the characters an address may hold. A check of form: whether the box exists is not known.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.count <= 64,
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard local.allSatisfy(localAllowed.contains) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }), labels.last!.count >= 2, labels.last!.allSatisfy(\.isLetter) else { return false }
        return true
    }

    static func emailProblem(_ text: String) -> String {
        if text.lowercased().hasPrefix("mailto:") { return "email '\(text)' must be the address alone, without 'mailto:'" }
        if !text.contains("@") { return "email '\(text)' is not an e-mail address: it has no '@'" }
        return "email '\(text)' is not an e-mail address such as contact@exemple.fr"
    }

    static func rcsProblem(_ text: String) -> String {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        if digits.count != 9 { return "rcs '\(text)' must hold the nine digits of the SIREN, found \(digits.count)" }
        if SIREN(digits) == nil { return "rcs '\(text)': \(digits) is not a valid SIREN (its check digit is wrong)" }
        return "rcs '\(text)' must name the registry's city, such as RCS Paris 123 456 782"
    }
}
