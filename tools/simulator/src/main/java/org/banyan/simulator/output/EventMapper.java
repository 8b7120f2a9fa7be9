package org.banyan.simulator.output;

import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.TransactionPosted;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.rows.AppEventRow;
import org.banyan.simulator.rows.CustomerRow;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.rows.Row;
import org.banyan.simulator.rows.TransactionRow;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Turns published rows into common-lib contract records wrapped in the envelope, stamped with the
 * producing system ARCHITECTURE.md names for each topic.
 */
public final class EventMapper {

    public static final String CORE_BANKING = "core-banking";
    public static final String DIGITAL_CHANNELS = "digital-channels";
    public static final String CORE_LENDING = "core-lending";

    private final long seed;

    public EventMapper(long seed) {
        this.seed = seed;
    }

    public static EventContract contract(Row row) {
        return switch (row) {
            case CustomerRow r -> EventContracts.CUSTOMERS;
            case TransactionRow r -> EventContracts.TRANSACTIONS;
            case AppEventRow r -> EventContracts.APP_EVENTS;
            case LoanEventRow r -> EventContracts.LOAN_EVENTS;
            default -> throw new IllegalArgumentException("Not published: " + row.getClass().getSimpleName());
        };
    }

    public EventEnvelope<?> envelope(Row row, long epochDay) {
        EventContract contract = contract(row);
        Object payload = switch (row) {
            case CustomerRow r -> customer(r.snapshot());
            case TransactionRow r -> transaction(r);
            case AppEventRow r -> new AppEvent(r.sessionId(), r.name(), r.productId(), r.page(), r.deviceId(),
                    r.channel());
            case LoanEventRow r -> loanEvent(r);
            default -> throw new IllegalArgumentException("Not published: " + row.getClass().getSimpleName());
        };
        String producer = switch (row) {
            case AppEventRow r -> DIGITAL_CHANNELS;
            case LoanEventRow r -> CORE_LENDING;
            default -> CORE_BANKING;
        };
        return new EventEnvelope<>(EventIds.of(seed, row, epochDay), contract.eventType(), contract.version(),
                Instant.ofEpochMilli(row.at()), producer, Ids.customerId(row.customer()), payload);
    }

    static CustomerUpdated customer(Customer c) {
        return new CustomerUpdated(c.birthDate(), c.gender(), c.city().name(), c.city().tier(), c.occupation().label(),
                c.education().name(), c.maritalStatus(), money(c.incomeCents()), c.kycLevel(), c.consent(),
                c.joinDate(), c.nationalId(), c.phone(), CustomerUpdated.RiskTolerance.values()[c.riskTolerance() - 1]);
    }

    private static TransactionPosted transaction(TransactionRow r) {
        return new TransactionPosted(r.transactionId(), r.accountId(), money(r.amountCents()), "CNY", r.direction(),
                r.kind(), r.channel(), r.mcc(), r.merchantId(), r.country(), r.city(), money(r.balanceAfterCents()));
    }

    private static LoanEvent loanEvent(LoanEventRow r) {
        return new LoanEvent(r.loanId(), r.eventType(), r.productType(), money(r.amountCents()), r.daysPastDue(),
                money(r.outstandingCents()), r.dueDate(), r.instalment(), applicationOf(r));
    }

    /** Every personal loan is booked from an application with the same customer and sequence (Ids). */
    private static String applicationOf(LoanEventRow r) {
        return r.productType() == LoanEvent.ProductType.PERSONAL_LOAN && r.loanId().startsWith("L")
                ? "AP" + r.loanId().substring(1) : null;
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
