/// A French public holiday (jour férié), a whole local civil day.
public struct PublicHoliday: Hashable, Sendable {
    public let date: LocalDate
    /// Its French name: « Lundi de Pâques ».
    public let name: String

    /// The holidays of `year` in `region`, sorted by date. Code du travail L3133-1; Alsace-Moselle adds
    /// Good Friday and 26 December (L3134-13). A holiday on a weekend is not moved.
    public static func all(in year: Int, region: Region) -> [PublicHoliday] {
        let easter = Easter.sunday(year: year)
        func on(_ month: Int, _ day: Int, _ name: String) -> PublicHoliday {
            PublicHoliday(date: LocalDate(year: year, month: month, day: day)!, name: name)
        }
        var days = [
            on(1, 1, "Jour de l’an"),
            PublicHoliday(date: easter.adding(days: 1), name: "Lundi de Pâques"),
            on(5, 1, "Fête du Travail"),
            on(5, 8, "Victoire 1945"),
            PublicHoliday(date: easter.adding(days: 39), name: "Ascension"),
            PublicHoliday(date: easter.adding(days: 50), name: "Lundi de Pentecôte"),
            on(7, 14, "Fête nationale"),
            on(8, 15, "Assomption"),
            on(11, 1, "Toussaint"),
            on(11, 11, "Armistice 1918"),
            on(12, 25, "Noël"),
        ]
        if region == .alsaceMoselle {
            days.append(PublicHoliday(date: easter.adding(days: -2), name: "Vendredi saint"))
            days.append(on(12, 26, "Saint-Étienne"))
        }
        return days.sorted { $0.date < $1.date }
    }
}
