/// Which list of public holidays applies. Alsace-Moselle keeps two more (Code du travail, L3134-13).
public enum Region: String, CaseIterable, Sendable {
    case national
    case alsaceMoselle = "alsace-moselle"
}
