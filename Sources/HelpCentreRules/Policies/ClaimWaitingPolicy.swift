import Foundation

/// `claims.waiting_period`: a claim for an order not received opens at the same wall-clock time 7 calendar
/// days after validation (inclusive). Decision of RULES.md: no weekend or holiday shift.
public struct ClaimWaitingPolicy: RulePolicy {
    public static let id = "claims.waiting_period"
    public static let title = "Délai avant de pouvoir ouvrir une réclamation"
    /// The words that announce this rule in French prose (see `RuleSubject`).
    public static let subject = RuleSubject(
        names: ["reclam", "litige", "signaler un probleme", "signaler un colis", "signaler la non", "non recu", "pas recu", "pas arrive", "non arrive", "non reception",
                "colis perdu", "jamais recu", "toujours pas", "pas encore recu", "pas ete livre", "pas livre"],
        startsFrom: ["validation", "valide", "confirmation", "confirme"],
        notIt: ["repond", "reponse", "resol", "trait", "taux", "examin", "rembours", "cloture", "clos", "clot", "automatique", "dispose de"],
        isWaitingPeriod: true)

    public let wait: WallClockDays

    public init(wait: WallClockDays) { self.wait = wait }

    public var value: RuleValue { .quantity(wait.quantity) }
    public var wording: RuleWording {
        RuleWording(text: "\(wait.quantity.french) après sa validation", parts: ["value": wait.quantity.french])
    }
    public var source: RuleSource { .marketplacePolicy }

    /// The first instant a claim is allowed. The same wall-clock time may not exist that day (spring change:
    /// it moves forward by the gap) or exist twice (autumn: the first one), as `ParisClock` resolves it.
    public func opensAt(validated: Date, clock: ParisClock) -> Date {
        let local = clock.local(validated)
        return clock.instant(LocalDateTime(date: local.date.adding(days: wait.count), time: local.time))
    }

    public func canOpen(validated: Date, at instant: Date, clock: ParisClock) -> Decision {
        let opens = opensAt(validated: validated, clock: clock)
        let when = FrenchFormat.dateTime(clock.local(opens))
        return instant >= opens
            ? Decision(true, because: "une réclamation peut être ouverte depuis le \(when).")
            : Decision(false, because: "une réclamation pourra être ouverte à partir du \(when).")
    }
}
