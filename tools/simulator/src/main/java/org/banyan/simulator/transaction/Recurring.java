package org.banyan.simulator.transaction;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.EmploymentType;
import org.banyan.simulator.customer.Housing;
import org.banyan.simulator.customer.Persona;
import org.banyan.simulator.product.Holding;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.product.ProductType;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.TxnIntent.Flex;
import org.banyan.simulator.state.TxnIntent.Target;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.banyan.simulator.state.Intents.credit;
import static org.banyan.simulator.state.Intents.debit;
import static org.banyan.simulator.state.Intents.yuan;

/**
 * Money that moves on a calendar: income (payroll, pension, platform payouts, business receipts,
 * allowances) and commitments (rent, utilities, phone, premiums, fees), plus quarterly interest.
 * Automated credits and debits use the DIRECT_DEBIT channel (the contract has no separate batch channel).
 */
public final class Recurring {

    private static final long INSURANCE_BITS = Product.INSURANCE_HEALTH.bit() | Product.INSURANCE_LIFE.bit()
            | Product.INSURANCE_TRAVEL.bit();
    private static final String[] PLATFORMS = {"MEITUAN", "ELEME", "DIDI", "CAOCAO", "ZBJ"};

    private Recurring() {
    }

    public static void generate(CustomerState s, Day day, Rng rng, DayOut out) {
        income(s, day, rng, out);
        commitments(s, day, rng, out);
        interest(s, day, out);
    }

    private static void income(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        LocalDate date = day.date();
        int second = TimeProfile.MORNING_BATCH.secondOfDay(rng);
        switch (c.occupation().employment()) {
            case SALARIED -> {
                if (!s.salaryStopped(day.index()) && day.isPayDay(c.payDay())) {
                    credit(s, out, second, Kind.SALARY, Channel.DIRECT_DEBIT, salary(c, date, rng), s.employerId);
                }
            }
            case GIG -> {
                if (date.getDayOfWeek() == DayOfWeek.MONDAY && !s.salaryStopped(day.index())) {
                    credit(s, out, second, Kind.TRANSFER_IN, Channel.DIRECT_DEBIT,
                            yuan(c.incomeCents() / 100.0 * 7 / 30 * rng.logNormal(1, 0.25)),
                            PLATFORMS[Math.floorMod(c.index(), PLATFORMS.length)]);
                }
            }
            case SELF_EMPLOYED -> business(s, rng, out);
            case RETIRED -> {
                if (day.isPayDay(5)) {
                    credit(s, out, second, Kind.TRANSFER_IN, Channel.DIRECT_DEBIT, c.incomeCents(),
                            "SSF" + c.hukouCity().regionCode());
                }
            }
            case STUDENT -> {
                if (date.getDayOfMonth() == 1) {
                    credit(s, out, TimeProfile.ONLINE.secondOfDay(rng), Kind.TRANSFER_IN, Channel.MOBILE,
                            c.incomeCents(), null);
                }
            }
            case NOT_WORKING -> {
                if (rng.chance(0.08)) {
                    credit(s, out, TimeProfile.ONLINE.secondOfDay(rng), Kind.TRANSFER_IN, Channel.MOBILE,
                            yuan(rng.logNormal(1_500, 0.5)), null);
                }
            }
        }
    }

    /** Monthly pay with a little noise; a year-end bonus in January for some. */
    private static long salary(Customer c, LocalDate date, Rng rng) {
        double pay = c.incomeCents() * (1 + rng.normal(0, 0.015));
        if (date.getMonthValue() == 1 && rng.chance(0.3)) {
            pay += c.incomeCents() * rng.uniform(1, 3);
        }
        return Math.max(100, Math.round(pay));
    }

    private static void business(CustomerState s, Rng rng, DayOut out) {
        double income = s.customer.incomeCents() / 100.0;
        if (rng.chance(0.08)) {
            credit(s, out, TimeProfile.OFFICE_HOURS.secondOfDay(rng), Kind.TRANSFER_IN, Channel.WEB,
                    yuan(income * rng.logNormal(0.22, 0.7)), null);
        }
        if (rng.chance(0.2)) {
            debit(s, out, TimeProfile.OFFICE_HOURS.secondOfDay(rng), Kind.TRANSFER_OUT, Channel.WEB,
                    yuan(income * rng.logNormal(0.5, 0.6)), null, null, Flex.DISCRETIONARY);
        }
    }

    private static void commitments(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        int dom = day.date().getDayOfMonth();
        int batch = TimeProfile.MORNING_BATCH.secondOfDay(rng);
        if (c.housing() == Housing.RENT && dom == s.rentDay) {
            long rent = yuan(Math.max(800, Math.round(c.incomeCents() / 100.0 * 0.25 / 100) * 100.0));
            debit(s, out, TimeProfile.ONLINE.secondOfDay(rng), Kind.TRANSFER_OUT, Channel.MOBILE, rent, null, null,
                    Flex.MANDATORY);
        }
        if (dom == s.utilityDay && s.utilitiesByDirectDebit) {
            debit(s, out, batch, Kind.BILL_PAYMENT, Channel.DIRECT_DEBIT,
                    yuan(rng.logNormal(180 * (1 + 0.3 * c.dependents()), 0.4)), Mcc.UTILITIES.code(),
                    "898" + c.city().regionCode().substring(0, 4) + "49000001", Flex.MANDATORY);
        }
        if (dom == Math.min(28, s.utilityDay + 8) && s.phoneByDirectDebit) {
            debit(s, out, batch, Kind.BILL_PAYMENT, Channel.DIRECT_DEBIT, yuan(rng.logNormal(88, 0.35)),
                    Mcc.TELECOM.code(), "898" + c.city().regionCode().substring(0, 4) + "48140001", Flex.MANDATORY);
        }
        premiums(s, day, batch, out);
        if (s.smsAlerts && dom == 21) {
            debit(s, out, batch, Kind.FEE, Channel.DIRECT_DEBIT, 200, null, null, Flex.MANDATORY);
        }
        remittance(s, day, rng, out);
    }

    private static void premiums(CustomerState s, Day day, int second, DayOut out) {
        if ((s.productBits & INSURANCE_BITS) == 0) {
            return;
        }
        for (Holding h : s.holdings) {
            if (h.product().type() == ProductType.INSURANCE && h.dayOfMonth() == day.date().getDayOfMonth()
                    && h.opened().isBefore(day.date())) {
                debit(s, out, second, Kind.BILL_PAYMENT, Channel.DIRECT_DEBIT, h.monthlyCents(), Mcc.INSURANCE.code(),
                        h.product().id(), Flex.MANDATORY);
            }
        }
    }

    /** Migrant workers send part of their pay home a few days after payday. */
    private static void remittance(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        boolean migrant = c.hukouCity().ordinal() != c.city().ordinal()
                && (c.persona() == Persona.BLUE_COLLAR || c.persona() == Persona.GIG_WORKER);
        if (migrant && c.occupation().employment() != EmploymentType.NOT_WORKING
                && day.date().getDayOfMonth() == 12 && !s.salaryStopped(day.index())) {
            debit(s, out, TimeProfile.ONLINE.secondOfDay(rng), Kind.TRANSFER_OUT, Channel.MOBILE,
                    yuan(c.incomeCents() / 100.0 * rng.uniform(0.2, 0.4)), null, null, Flex.DISCRETIONARY);
        }
    }

    /** Demand deposit interest is settled on the 21st of the last month of each quarter. */
    private static void interest(CustomerState s, Day day, DayOut out) {
        LocalDate d = day.date();
        if (d.getDayOfMonth() != 21 || d.getMonthValue() % 3 != 0) {
            return;
        }
        credit(s, out, 3_600, Kind.INTEREST, Channel.DIRECT_DEBIT, s.currentBalance * 10 / 40_000, null);
        if (s.savings != null) {
            credit(s, out, 3_600, Kind.INTEREST, Channel.DIRECT_DEBIT, s.savingsBalance * 15 / 40_000, null,
                    Target.SAVINGS);
        }
    }
}
