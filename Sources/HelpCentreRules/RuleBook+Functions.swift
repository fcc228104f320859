import Foundation

extension RuleBook {
    /// Each function reads the version of its rule in force on the event's date (purchase, validation,
    /// receipt…), as enforcement must: a policy change applies to the orders that follow it.
    static let catalogue: [RuleFunction] = [
        RuleFunction(
            id: "delivery.seller_confirmation.deadline", rules: [SellerConfirmationPolicy.id],
            summary: "Dernier jour pour que le vendeur confirme la commande",
            parameters: [.init(name: "purchased", kind: .day, isRequired: true), region]
        ) { book, args throws(RulesError) in
            let day = try args.day("purchased")
            let calendar = book.calendar.with(region: try args.choice("region", default: Region.national))
            let deadline = try book.sellerConfirmation.require(on: day).deadline(purchasedOn: day, calendar: calendar)
            return book.answer("delivery.seller_confirmation.deadline", deadline)
        },
        RuleFunction(
            id: "delivery.shipping.deadline", rules: [ShippingPolicy.id],
            summary: "Instant avant lequel le vendeur doit expédier",
            parameters: [.init(name: "validated", kind: .instant, isRequired: true)]
        ) { book, args throws(RulesError) in
            let validated = try args.instant("validated")
            let policy = try book.shipping.require(on: book.calendar.clock.localDate(validated))
            return book.answer("delivery.shipping.deadline", policy.deadline(validated: validated))
        },
        RuleFunction(
            id: "claims.waiting_period.opens_at", rules: [ClaimWaitingPolicy.id],
            summary: "Premier instant où une réclamation peut être ouverte",
            parameters: [.init(name: "validated", kind: .instant, isRequired: true)]
        ) { book, args throws(RulesError) in
            let validated = try args.instant("validated")
            let clock = book.calendar.clock
            let opens = try book.claimWaiting.require(on: clock.localDate(validated)).opensAt(validated: validated, clock: clock)
            return Evaluation(function: "claims.waiting_period.opens_at", value: .instant(opens, iso: clock.iso8601(opens)),
                              text: FrenchFormat.dateTime(clock.local(opens)))
        },
        RuleFunction(
            id: "claims.waiting_period.can_open", rules: [ClaimWaitingPolicy.id],
            summary: "Une réclamation peut-elle être ouverte à cet instant ?",
            parameters: [.init(name: "validated", kind: .instant, isRequired: true),
                         .init(name: "at", kind: .instant, isRequired: true)]
        ) { book, args throws(RulesError) in
            let validated = try args.instant("validated"), at = try args.instant("at")
            let clock = book.calendar.clock
            let decision = try book.claimWaiting.require(on: clock.localDate(validated))
                .canOpen(validated: validated, at: at, clock: clock)
            return Evaluation(function: "claims.waiting_period.can_open", value: .boolean(decision.allowed), text: decision.french)
        },
        RuleFunction(
            id: "contact.phone.hours.is_open", rules: [PhoneHoursPolicy.id],
            summary: "La ligne téléphonique est-elle ouverte à cet instant ?",
            parameters: [.init(name: "at", kind: .instant, isRequired: true)]
        ) { book, args throws(RulesError) in
            let at = try args.instant("at")
            let decision = try book.phoneHours.require(on: book.calendar.clock.localDate(at)).isOpen(at: at, calendar: book.calendar)
            return Evaluation(function: "contact.phone.hours.is_open", value: .boolean(decision.allowed), text: decision.french)
        },
        RuleFunction(
            id: "contact.phone.hours.next_opening", rules: [PhoneHoursPolicy.id],
            summary: "Premier instant, à partir de celui-ci, où la ligne est ouverte",
            parameters: [.init(name: "at", kind: .instant, isRequired: true)]
        ) { book, args throws(RulesError) in
            let at = try args.instant("at")
            let clock = book.calendar.clock
            let policy = try book.phoneHours.require(on: clock.localDate(at))
            guard let next = policy.nextOpening(at: at, calendar: book.calendar) else {
                throw RulesError(.invalidArgument(function: "contact.phone.hours.next_opening", name: "at",
                                                  value: args.raw["at"] ?? "", expected: "a schedule that opens within a year"))
            }
            return Evaluation(function: "contact.phone.hours.next_opening", value: .instant(next, iso: clock.iso8601(next)),
                              text: FrenchFormat.dateTime(clock.local(next)))
        },
        RuleFunction(
            id: "contact.form_response.due", rules: [FormResponsePolicy.id],
            summary: "Instant avant lequel le service client répond au formulaire",
            parameters: [.init(name: "submitted", kind: .instant, isRequired: true)]
        ) { book, args throws(RulesError) in
            let submitted = try args.instant("submitted")
            let policy = try book.formResponse.require(on: book.calendar.clock.localDate(submitted))
            return book.answer("contact.form_response.due", policy.due(submitted: submitted))
        },
        RuleFunction(
            id: "withdrawal.period.deadline", rules: [WithdrawalPeriodPolicy.id],
            summary: "Dernier jour pour se rétracter",
            parameters: [.init(name: "received", kind: .day, isRequired: true), region,
                         .init(name: "contract", kind: .choice(WithdrawalContract.allCases.map(\.rawValue)), isRequired: false)]
        ) { book, args throws(RulesError) in
            // L221-18: `received` is the last item's receipt for goods, the first delivery's for regular
            // deliveries. A service's period runs from the contract's conclusion, a day this calculator does
            // not ask for: refused with the reason rather than counted from a receipt that is not its start.
            let contract: WithdrawalContract = try args.choice("contract", default: .goods)
            if contract == .service {
                throw RulesError(.invalidArgument(function: "withdrawal.period.deadline", name: "contract", value: "service",
                                                  expected: "goods or regular_deliveries: for a service the period runs from the "
                                                      + "conclusion of the contract (L221-18, 1°), not from a receipt"))
            }
            let day = try args.day("received")
            let calendar = book.calendar.with(region: try args.choice("region", default: Region.national))
            let deadline = try book.withdrawalPeriod.require(on: day).deadline(receivedOn: day, calendar: calendar)
            return book.answer("withdrawal.period.deadline", deadline)
        },
        RuleFunction(
            id: "withdrawal.period.on_time", rules: [WithdrawalPeriodPolicy.id],
            summary: "La rétractation notifiée à cette date est-elle dans les délais ?",
            parameters: [.init(name: "received", kind: .day, isRequired: true),
                         .init(name: "notified", kind: .dayOrInstant, isRequired: true), region]
        ) { book, args throws(RulesError) in
            let day = try args.day("received")
            let calendar = book.calendar.with(region: try args.choice("region", default: Region.national))
            let policy = try book.withdrawalPeriod.require(on: day)
            let notified = try args.dayOrInstant("notified")
            let decision: Decision
            if let instant = notified.instant(clock: calendar.clock) {
                decision = policy.isOnTime(receivedOn: day, notified: instant, calendar: calendar)
            } else {
                decision = policy.isOnTime(receivedOn: day, notifiedOn: notified.localDate(clock: calendar.clock), calendar: calendar)
            }
            return Evaluation(function: "withdrawal.period.on_time", value: .boolean(decision.allowed), text: decision.french)
        },
        RuleFunction(
            id: "withdrawal.return_shipping.deadline", rules: [ReturnShippingPolicy.id],
            summary: "Dernier jour pour renvoyer l’article après s’être rétracté",
            parameters: [.init(name: "notified", kind: .day, isRequired: true)]
        ) { book, args throws(RulesError) in
            let day = try args.day("notified")
            let deadline = try book.returnShipping.require(on: day).deadline(notifiedOn: day, clock: book.calendar.clock)
            return book.answer("withdrawal.return_shipping.deadline", deadline)
        },
        RuleFunction(
            id: "withdrawal.refund.deadline", rules: [RefundPolicy.id],
            summary: "Dernier jour pour que le vendeur rembourse",
            parameters: [.init(name: "notified", kind: .day, isRequired: true)]
        ) { book, args throws(RulesError) in
            let day = try args.day("notified")
            let deadline = try book.refund.require(on: day).deadline(notifiedOn: day, clock: book.calendar.clock)
            return book.answer("withdrawal.refund.deadline", deadline)
        },
        RuleFunction(
            id: "withdrawal.eligible", rules: [WithdrawalScopePolicy.id, WithdrawalExclusionsPolicy.id],
            summary: "Cet achat ouvre-t-il le droit de rétractation ?",
            parameters: [.init(name: "seller", kind: .choice(SellerKind.allCases.map(\.rawValue)), isRequired: true),
                         .init(name: "item", kind: .choice(ItemKind.allCases.map(\.rawValue)), isRequired: true),
                         .init(name: "unsealed", kind: .boolean, isRequired: false)]
        ) { book, args throws(RulesError) in
            let seller: SellerKind = try args.choice("seller")
            let item: ItemKind = try args.choice("item")
            let unsealed = try args.boolean("unsealed")
            // No event date here: the book's state on the evaluation date decides.
            let scope = try book.withdrawalScope.require(on: args.asOf)
            let exclusions = try book.withdrawalExclusions.require(on: args.asOf)
            var decision = scope.applies(to: seller)
            if decision.allowed {
                if exclusions.needsSealState(item), unsealed == nil {
                    // Sealed or not changes the answer: refuse to guess.
                    throw RulesError(.missingArgument(function: "withdrawal.eligible", name: "unsealed"))
                }
                if let exclusion = exclusions.exclusion(for: item, unsealed: unsealed ?? false) {
                    decision = Decision(false, because: "\(exclusion.wording) sont exclus du droit de rétractation "
                        + "(\(exclusions.source.french), \(exclusion.paragraph)).")
                } else {
                    decision = Decision(true, because: "le vendeur est un professionnel et cet article n’est pas exclu\u{00A0}: "
                        + "le droit de rétractation s’applique.")
                }
            }
            return Evaluation(function: "withdrawal.eligible", value: .boolean(decision.allowed), text: decision.french)
        },
        RuleFunction(
            id: "calendar.holidays", rules: [],
            summary: "Jours fériés d’une année",
            parameters: [.init(name: "year", kind: .year, isRequired: true), region]
        ) { book, args throws(RulesError) in
            let year = try args.year("year")
            let region: Region = try args.choice("region", default: .national)
            let days = PublicHoliday.all(in: year, region: region)
            return Evaluation(function: "calendar.holidays", value: .dates(days.map(\.date)),
                              text: days.map { "\(FrenchFormat.date($0.date)) (\($0.name))" }.joined(separator: ", "))
        },
        RuleFunction(
            id: "calendar.is_business_day", rules: [],
            summary: "Ce jour est-il un jour ouvré ?",
            parameters: [.init(name: "date", kind: .day, isRequired: true), region]
        ) { book, args throws(RulesError) in
            let day = try args.day("date")
            let calendar = book.calendar.with(region: try args.choice("region", default: Region.national))
            let name = FrenchFormat.date(day)
            let decision: Decision
            if let holiday = calendar.holiday(on: day) {
                decision = Decision(false, because: "le \(name) est un jour férié (\(holiday.name)).")
            } else if day.weekday.isWeekend {
                decision = Decision(false, because: "le \(name) tombe un week-end.")
            } else {
                decision = Decision(true, because: "le \(name) est un jour ouvré.")
            }
            return Evaluation(function: "calendar.is_business_day", value: .boolean(decision.allowed), text: decision.french)
        },
    ]

    private static let region = RuleFunction.Parameter(
        name: "region", kind: .choice(Region.allCases.map(\.rawValue)), isRequired: false)

    /// A deadline as a function's answer: the first instant too late, and the last day or instant in French.
    func answer(_ function: String, _ deadline: Deadline) -> Evaluation {
        let clock = calendar.clock
        return Evaluation(function: function, value: .instant(deadline.bound, iso: clock.iso8601(deadline.bound)),
                          text: deadline.french(clock: clock))
    }
}
