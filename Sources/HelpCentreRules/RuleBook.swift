import Foundation

/// The catalogue of every rule and every function, with the calendar they count on. A value: a test or a
/// preview builds one with other parameters (`book.withdrawalPeriod = Versioned(since:…, …(21 days))`);
/// nothing reads a global.
public struct RuleBook: Sendable {
    public var calendar: FrenchBusinessCalendar
    public var sellerConfirmation: Versioned<SellerConfirmationPolicy>
    public var shipping: Versioned<ShippingPolicy>
    public var claimWaiting: Versioned<ClaimWaitingPolicy>
    public var formResponse: Versioned<FormResponsePolicy>
    public var phoneNumber: Versioned<PhoneNumberPolicy>
    public var phoneHours: Versioned<PhoneHoursPolicy>
    public var withdrawalScope: Versioned<WithdrawalScopePolicy>
    public var withdrawalPeriod: Versioned<WithdrawalPeriodPolicy>
    public var withdrawalExclusions: Versioned<WithdrawalExclusionsPolicy>
    public var withdrawalFunction: Versioned<WithdrawalFunctionPolicy>
    public var returnShipping: Versioned<ReturnShippingPolicy>
    public var refund: Versioned<RefundPolicy>
    public var trackingUnavailable: Versioned<TrackingUnavailablePolicy>
    public var sellerContactBuyer: Versioned<SellerContactBuyerPolicy>

    /// The date the marketplace's current policies took effect (a choice: the first version we hold).
    public static let marketplacePoliciesSince = LocalDate(year: 2026, month: 1, day: 1)!
    /// The legal rules are those of the Consumer Rights Directive as transposed by the loi Hamon, in force
    /// for contracts since 13 June 2014; their numbering (L221-x) dates from 1 July 2016.
    public static let consumerLawSince = LocalDate(year: 2016, month: 7, day: 1)!

    /// The rules as RULES.md specifies them, on the given clock.
    public static func standard(clock: ParisClock) -> RuleBook {
        let policy = marketplacePoliciesSince, law = consumerLawSince
        return RuleBook(
            calendar: FrenchBusinessCalendar(clock: clock),
            sellerConfirmation: Versioned(since: policy, SellerConfirmationPolicy(period: BusinessDays(3))),
            shipping: Versioned(since: policy, ShippingPolicy(period: ElapsedHours(48))),
            claimWaiting: Versioned(since: policy, ClaimWaitingPolicy(wait: WallClockDays(7))),
            formResponse: Versioned(since: policy, FormResponsePolicy(period: ElapsedHours(24))),
            phoneNumber: Versioned(since: policy, PhoneNumberPolicy(e164: "+33970756460")),
            phoneHours: Versioned(since: policy, PhoneHoursPolicy(hours: WeeklyHours(
                days: .monday ... .friday, opens: LocalTime(uncheckedHour: 9), closes: LocalTime(uncheckedHour: 17),
                closedOnPublicHolidays: true))),
            withdrawalScope: Versioned(since: law, WithdrawalScopePolicy(appliesTo: [.professional])),
            withdrawalPeriod: Versioned(since: law, WithdrawalPeriodPolicy(period: CalendarDays(14))),
            withdrawalExclusions: Versioned(since: law, .legal),
            withdrawalFunction: WithdrawalFunctionPolicy.legal(since: law),
            returnShipping: Versioned(since: law, ReturnShippingPolicy(period: CalendarDays(14), buyerPaysWhenListed: true)),
            refund: Versioned(since: law, RefundPolicy(period: CalendarDays(14))),
            trackingUnavailable: Versioned(since: policy, TrackingUnavailablePolicy(reasons: [
                "la mise à jour du suivi a du retard",
                "le colis n’a pas de numéro de suivi",
                "le vendeur n’a pas indiqué les informations d’expédition",
            ])),
            sellerContactBuyer: Versioned(since: policy, SellerContactBuyerPolicy()))
    }

    /// Every rule with its history, in a stable order.
    public var entries: [RuleEntry] {
        [sellerConfirmation.entry, shipping.entry, claimWaiting.entry, formResponse.entry, phoneNumber.entry,
         phoneHours.entry, withdrawalScope.entry, withdrawalPeriod.entry, withdrawalExclusions.entry,
         withdrawalFunction.entry, returnShipping.entry, refund.entry, trackingUnavailable.entry, sellerContactBuyer.entry]
    }

    public var ruleIDs: [String] { entries.map(\.id) }

    public func entry(_ id: String) -> RuleEntry? { entries.first { $0.id == id } }

    /// The state of the book on `date`: every rule in force then.
    public func rules(on date: LocalDate) -> [RuleSnapshot] { entries.compactMap { $0.inForce(on: date) } }

    /// One rule on `date`, or an error that suggests the closest id.
    public func rule(_ id: String, on date: LocalDate) throws(RulesError) -> RuleSnapshot {
        guard let entry = entry(id) else {
            throw RulesError(.unknownRule(id, suggestion: Suggestion.closest(to: id, in: ruleIDs)))
        }
        guard let snapshot = entry.inForce(on: date) else { throw RulesError(.noValueInForce(rule: id, date: date)) }
        return snapshot
    }

    /// Every function, in a stable order.
    public var functions: [RuleFunction] { RuleBook.catalogue }

    public func function(_ id: String) throws(RulesError) -> RuleFunction {
        guard let function = functions.first(where: { $0.id == id }) else {
            throw RulesError(.unknownFunction(id, suggestion: Suggestion.closest(to: id, in: functions.map(\.id))))
        }
        return function
    }

    /// Runs function `id` with raw textual arguments, as the command line and articles give them.
    public func evaluate(_ id: String, _ arguments: [String: String], asOf: LocalDate) throws(RulesError) -> Evaluation {
        try function(id).evaluate(arguments, in: self, asOf: asOf)
    }
}
