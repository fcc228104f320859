import GuichetContent

/// The findings in French, for the preview's panel: editors read it in the browser of a French site, so the
/// panel is one language, while the command line stays English (its messages are what scripts, CI logs and
/// issues quote). Each code has a French name and advice; the finding's own specifics (the quoted figure,
/// rule, link or value) are carried over as written; a certain fix (`CertainEdit`) and a « did you mean »
/// are said in French.
enum FrenchFindings {
    /// What each kind of finding is, and what to do, in French.
    static let catalogue: [DiagnosticCode: (name: String, advice: String)] = [
        .unreadableFile: ("Fichier illisible", "vérifiez que le fichier existe et peut être lu"),
        .invalidEncoding: ("Encodage invalide", "enregistrez le fichier en UTF-8 dans votre éditeur"),
        .fileTooLarge: ("Fichier trop gros", "découpez l’article en plusieurs articles"),
        .unsafePath: ("Chemin refusé", "renommez le fichier ou le lien en minuscules, chiffres et tirets"),
        .missingFrontMatter: ("En-tête manquant", "commencez le fichier par un en-tête entre deux lignes «\u{202F}---\u{202F}»"),
        .unclosedFrontMatter: ("En-tête non fermé", "ajoutez une ligne «\u{202F}---\u{202F}» après l’en-tête"),
        .invalidYAML: ("En-tête illisible", "vérifiez les guillemets, les crochets et l’indentation à l’endroit indiqué"),
        .frontMatterNotMapping: ("En-tête mal formé", "écrivez une ligne «\u{202F}clé: valeur\u{202F}» par réglage"),
        .unknownKey: ("Clé inconnue", "corrigez le nom de la clé ou supprimez la ligne"),
        .missingKey: ("Clé obligatoire absente", "ajoutez la clé indiquée"),
        .wrongType: ("Valeur du mauvais type", "écrivez la valeur sous la forme attendue"),
        .invalidValue: ("Valeur impossible", "corrigez la valeur indiquée"),
        .futureReview: ("Date de relecture future", "indiquez la date de la dernière relecture effectuée"),
        .staleReview: ("Relecture ancienne", "relisez l’article et mettez à jour «\u{202F}reviewed:\u{202F}»"),
        .malformedReference: ("Référence mal écrite", "écrivez la référence entière sur une ligne, entre «\u{202F}{{\u{202F}» et «\u{202F}}}\u{202F}»"),
        .unknownReference: ("Référence inconnue", "la commande «\u{202F}guichet rules\u{202F}» liste les règles"),
        .undeclaredRule: ("Règle non déclarée", "ajoutez la règle à «\u{202F}rules:\u{202F}» dans l’en-tête"),
        .unusedRule: ("Règle déclarée mais inutilisée", "utilisez-la dans le texte ou retirez-la de «\u{202F}rules:\u{202F}»"),
        .invalidCall: ("Appel de fonction incorrect", "corrigez les arguments indiqués (guichet rules show)"),
        .hardCodedFigure: ("Chiffre tapé à la main", "écrivez la référence de la règle à la place du chiffre"),
        .contradiction: ("Chiffre contraire à une règle", "écrivez la référence de la règle, ou justifiez l’exception sur la ligne précédente"),
        .uncoveredRule: ("Règle sans article", "expliquez la règle dans un article"),
        .invalidOverride: ("Exception mal écrite", "écrivez «\u{202F}<!-- guichet-disable-next-line code -- raison -->\u{202F}» seul sur sa ligne"),
        .unusedOverride: ("Exception inutile", "retirez le commentaire ou nommez le bon code"),
        .missingCategoryIndex: ("Rubrique sans _index.md", "créez le fichier _index.md de la rubrique"),
        .duplicateURL: ("Adresse en double", "choisissez une autre adresse"),
        .brokenLink: ("Lien mort", "faites pointer le lien vers une page qui existe"),
        .brokenAnchor: ("Ancre introuvable", "faites pointer le lien vers un intertitre de la page"),
        .linkToDraft: ("Lien vers un brouillon", "publiez l’article (draft: false) ou retirez le lien"),
        .closedService: ("Lien vers un service fermé", "retirez le lien"),
        .notReady: ("Pas prêt à publier", "remplacez la valeur d’exemple ou la phrase du modèle par la vôtre"),
        .invalidConfig: ("Réglage invalide", "corrigez le réglage indiqué dans guichet.yml"),
        .invalidTemplate: ("Gabarit invalide", "corrigez le gabarit indiqué"),
        .cacheNotSaved: ("Cache non enregistré", "vérifiez que le dossier du cache est accessible en écriture"),
        .cannotWrite: ("Écriture impossible", "vérifiez les droits et la place disponible sur le disque"),
    ]

    /// « Lien mort : « /pas-de-page.html » ».
    static func message(_ finding: Diagnostic) -> String {
        let name = catalogue[finding.code]?.name ?? finding.code.rawValue
        let quoted = quotes(in: finding.message)
        return quoted.isEmpty ? name : name + " : " + quoted.map { "«\u{202F}\($0)\u{202F}»" }.joined(separator: ", ")
    }

    /// The fix in French: the certain edit, a « did you mean », or the code's advice.
    static func fix(_ finding: Diagnostic) -> String {
        if let edit = finding.edit {
            var parts: [String] = []
            if !edit.replace.isEmpty { parts.append("écrivez «\u{202F}\(edit.with)\u{202F}» au lieu de «\u{202F}\(edit.replace)\u{202F}»") }
            if let rule = edit.addRule { parts.append("ajoutez «\u{202F}\(rule)\u{202F}» à «\u{202F}rules:\u{202F}» dans l’en-tête") }
            if let rule = edit.removeRule { parts.append("retirez «\u{202F}\(rule)\u{202F}» de «\u{202F}rules:\u{202F}» ou utilisez-la dans le texte") }
            if !parts.isEmpty { return parts.joined(separator: ", et ") }
        }
        if let fix = finding.fix, fix.hasPrefix("did you mean "), let meant = quotes(in: fix).first {
            return "vouliez-vous dire «\u{202F}\(meant)\u{202F}»\u{202F}?"
        }
        return catalogue[finding.code]?.advice ?? ""
    }

    /// The texts a message quotes between single quotes: the figure, the rule, the link, the value.
    static func quotes(in message: String) -> [String] {
        var found: [String] = []
        var current: String?
        var previous: Character = " "
        for character in message {
            if character == "'" {
                if let text = current {
                    found.append(text)
                    current = nil
                } else if !previous.isLetter {
                    // An opening quote follows a space or punctuation; an apostrophe follows a letter.
                    current = ""
                }
            } else if current != nil {
                current!.append(character)
            }
            previous = character
        }
        return found
    }
}
