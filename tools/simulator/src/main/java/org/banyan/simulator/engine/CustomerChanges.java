package org.banyan.simulator.engine;

import java.time.LocalDate;
import org.banyan.common.event.payload.CustomerUpdated.Consent;
import org.banyan.common.event.payload.CustomerUpdated.MaritalStatus;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.loan.Loan;
import org.banyan.simulator.product.CardAccount;
import org.banyan.simulator.product.Holding;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.rows.AccountRow;
import org.banyan.simulator.rows.CustomerRow;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;

/**
 * Customer master data as core banking emits it: every existing customer and account at midnight of
 * the first day (the initial load), new customers when they join, and the full record again whenever
 * something changes (a raise, a KYC upgrade, a consent change, a marriage).
 */
final class CustomerChanges {

    /** Daily chance that something in a customer's record changes. */
    private static final double CHANGE_RATE = 0.0005;

    private CustomerChanges() {
    }

    static void day(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        if (day.index() == s.joinDay) {
            boolean initialLoad = c.joinDate().isBefore(day.date());
            int second = initialLoad ? 0 : 9 * 3600 + rng.nextInt(10 * 3600);
            out.customers.add(new CustomerRow(day.at(second), c.index(), out.nextOtherSeq(), c));
            snapshotAccounts(s, day, second, out);
        } else if (rng.chance(CHANGE_RATE)) {
            s.customer = change(c, day, rng);
            out.customers.add(new CustomerRow(day.at(8 * 3600 + rng.nextInt(12 * 3600)), c.index(),
                    out.nextOtherSeq(), s.customer));
        }
    }

    private static Customer change(Customer c, Day day, Rng rng) {
        int kind = rng.nextInt(4);
        if (kind == 0 && c.kycLevel() < 3) {
            return c.withKycLevel(c.kycLevel() + 1);
        }
        if (kind == 1) {
            Consent k = c.consent();
            return c.withConsent(switch (rng.nextInt(4)) {
                case 0 -> new Consent(!k.marketingEmail(), k.marketingSms(), k.marketingPush(), k.dataSharing());
                case 1 -> new Consent(k.marketingEmail(), !k.marketingSms(), k.marketingPush(), k.dataSharing());
                case 2 -> new Consent(k.marketingEmail(), k.marketingSms(),
                        !k.marketingPush() && !c.deviceIds().isEmpty(), k.dataSharing());
                default -> new Consent(k.marketingEmail(), k.marketingSms(), k.marketingPush(), !k.dataSharing());
            });
        }
        int age = c.ageAt(day.date());
        if (kind == 2 && c.maritalStatus() == MaritalStatus.SINGLE && age >= 23 && age <= 40) {
            return c.withMaritalStatus(MaritalStatus.MARRIED);
        }
        return c.withIncome(Math.round(c.incomeCents() * rng.uniform(1.03, 1.12) / 1_000) * 1_000);
    }

    private static void snapshotAccounts(CustomerState s, Day day, int second, DayOut out) {
        Customer c = s.customer;
        account(s, day, second, s.currentAccount, Product.CURRENT, c.joinDate(), 0, s.currentBalance, "ACTIVE", out);
        for (Holding h : s.holdings) {
            long balance = h == s.savings ? s.savingsBalance : h.balanceCents();
            account(s, day, second, h.accountId(), h.product(), h.opened(), 0, balance, "ACTIVE", out);
        }
        CardAccount card = s.card;
        if (card != null) {
            account(s, day, second, card.cardNumber(), card.product(), card.opened(), card.limitCents(),
                    -card.owedCents, "ACTIVE", out);
        }
        for (Loan loan : s.loans) {
            if (loan.activeOn(day.epochDay()) && loan.disbursed().isBefore(day.date())) {
                String status = loan.daysPastDue(day.epochDay()) > 0 ? "DELINQUENT" : "ACTIVE";
                Product product = loan.application().product();
                account(s, day, second, loan.loanId(), product, loan.disbursed(), loan.application().amountCents(),
                        loan.outstanding(), status, out);
            }
        }
    }

    private static void account(CustomerState s, Day day, int second, String id, Product product,
            LocalDate opened, long limit, long balance, String status, DayOut out) {
        out.accounts.add(new AccountRow(day.at(second), s.customer.index(), out.nextOtherSeq(), id, product, opened,
                limit, balance, status));
    }
}
