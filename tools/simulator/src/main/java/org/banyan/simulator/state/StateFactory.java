package org.banyan.simulator.state;

import org.banyan.simulator.core.Ids;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.core.SimCalendar;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.Housing;
import org.banyan.simulator.loan.ApplicantContext;
import org.banyan.simulator.loan.LoanApplication;
import org.banyan.simulator.loan.LoanFactory;
import org.banyan.simulator.product.CardAccount;
import org.banyan.simulator.product.Holding;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.product.ProductType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A customer's products at the start of the run. Holdings follow the hidden affinities (so holdings are
 * a signal a recommender can learn from) and tenure (new customers hold little). Personal loans of the
 * last three years form the back book: booked later, once the planted patterns are known.
 */
public final class StateFactory {

    private static final int BACK_BOOK_DAYS = 3 * 365;

    private final long seed;
    private final SimCalendar calendar;
    private final LoanFactory loans;
    private final Applications applications;

    public StateFactory(long seed, SimCalendar calendar, LoanFactory loans, double macroFactor) {
        this.seed = seed;
        this.calendar = calendar;
        this.loans = loans;
        this.applications = new Applications(macroFactor);
    }

    public CustomerState create(Customer c) {
        Rng rng = Rng.of(seed, 0x57a7eL, c.index());
        CustomerState s = new CustomerState(c, Ids.debitAccount(c.index(), 0));
        s.hold(Product.CURRENT);
        s.joinDay = (int) Math.max(0, ChronoUnit.DAYS.between(calendar.start(), c.joinDate()));
        s.rentDay = rng.between(1, 5);
        s.utilityDay = rng.between(10, 20);
        s.smsAlerts = rng.chance(0.3);
        s.utilitiesByDirectDebit = rng.chance(0.6);
        s.phoneByDirectDebit = rng.chance(0.45);
        s.employerId = "EMP" + c.city().regionCode() + Ids.pad(rng.nextInt(c.city().tier() <= 2 ? 2_000 : 500), 4);
        s.currentBalance = initialBalance(c, rng);
        s.dailyApplicationRate = applications.monthlyRate(c) / 30;
        double tenure = tenureYears(c);
        double f = Math.min(1, tenure / 1.5);
        deposits(s, f, rng);
        card(s, f, rng);
        mortgage(s, tenure, rng);
        wealthAndInsurance(s, f, rng);
        backBook(s, rng);
        return s;
    }

    private double tenureYears(Customer c) {
        return Math.max(0, ChronoUnit.DAYS.between(c.joinDate(), calendar.start()) / 365.25);
    }

    private static long initialBalance(Customer c, Rng rng) {
        double buffer = 1 - Math.min(0.8, 4 * c.traits().riskPropensity());
        double cny = c.incomeCents() > 0 ? c.incomeCents() / 100.0 * rng.logNormal(0.8, 0.9)
                : rng.logNormal(2_000, 1.0);
        return Math.max(1_000, Math.round(cny * buffer * 100));
    }

    private void deposits(CustomerState s, double f, Rng rng) {
        Customer c = s.customer;
        double income = Math.max(c.incomeCents() / 100.0, 3_000);
        if (rng.chance(f * (0.25 + 0.6 * c.traits().affinities().of(Product.SAVINGS)))) {
            s.savingsBalance = Math.round(income * rng.logNormal(2.5, 1.0) * 100);
            s.savings = new Holding(Ids.debitAccount(c.index(), 1), Product.SAVINGS, opened(c, rng),
                    s.savingsBalance, 0, 0);
            add(s, s.savings);
        }
        if (rng.chance(f * 0.55 * c.traits().affinities().of(Product.TIME_DEPOSIT))) {
            long amount = Math.round(rng.logNormal(50_000 * Math.sqrt(income / 8_000), 0.8) / 1_000) * 100_000;
            add(s, new Holding(Ids.holdingId("TD", c.index(), 1), Product.TIME_DEPOSIT, opened(c, rng),
                    Math.max(100_000, amount), 0, 0));
        }
    }

    private void card(CustomerState s, double f, Rng rng) {
        Customer c = s.customer;
        Product best = Cards.best(c);
        if (best == null || !rng.chance(f * Math.min(0.85, 0.2 + 0.9 * c.traits().affinities().of(best)))) {
            return;
        }
        long limit = Cards.limit(c, rng);
        long owed = Math.round(limit * c.traits().utilisation() * rng.uniform(0.6, 1.2));
        s.card = new CardAccount(Ids.creditCard(c.index(), 0), best, opened(c, rng), limit,
                5 * rng.between(1, 5), Math.min(owed, limit));
        s.hold(best);
    }

    private void mortgage(CustomerState s, double tenure, Rng rng) {
        Customer c = s.customer;
        int age = c.ageAt(calendar.start());
        boolean eligible = c.housing() == Housing.OWN && age >= 26 && age <= 62 && c.incomeCents() >= 500_000
                && tenure > 0.5;
        if (!eligible || !rng.chance(0.15 + 0.5 * c.traits().affinities().of(Product.MORTGAGE))) {
            return;
        }
        LocalDate date = calendar.start().minusDays(rng.between(180, (int) Math.min(15 * 365, tenure * 365)));
        ApplicantContext ctx = applications.context(s, date, calendar.start(), List.of(), rng);
        LoanApplication app = loans.mortgage(c, ctx, s.nextLoanSeq++, date, rng);
        s.loans.add(loans.bookMortgage(app, c));
        s.hold(Product.MORTGAGE);
    }

    private void wealthAndInsurance(CustomerState s, double f, Rng rng) {
        Customer c = s.customer;
        for (Product p : Product.values()) {
            double a = c.traits().affinities().of(p);
            if (p.type() == ProductType.WEALTH && p.riskLevel() <= c.riskTolerance()
                    && rng.chance(f * 0.45 * a * (c.incomeCents() >= 500_000 ? 1 : 0.3))) {
                long amount = Math.round(rng.logNormal(50_000, 1.0) / 1_000) * 100_000;
                add(s, new Holding(Ids.holdingId("WM", c.index(), s.nextHoldingSlot++), p, opened(c, rng),
                        Math.max(p.riskLevel() == 1 ? 100_000 : 1_000_000, amount), 0, 0));
            } else if (p.type() == ProductType.INSURANCE && rng.chance(f * 0.35 * a)) {
                add(s, Insurance.policy(c, p, s.nextHoldingSlot++, opened(c, rng), rng));
            }
        }
    }

    /** Personal loans applied for over the last three years, at the customer's usual application rate. */
    private void backBook(CustomerState s, Rng rng) {
        Customer c = s.customer;
        long first = Math.max(c.joinDate().toEpochDay() + 30, calendar.startEpochDay() - BACK_BOOK_DAYS);
        long span = calendar.startEpochDay() - first;
        if (span <= 0) {
            return;
        }
        int count = rng.poisson(applications.monthlyRate(c) * span / 30.0);
        long[] days = new long[count];
        for (int i = 0; i < count; i++) {
            days[i] = first + rng.nextInt((int) span);
        }
        Arrays.sort(days);
        List<LoanApplication> earlier = new ArrayList<>();
        for (long day : days) {
            LocalDate date = LocalDate.ofEpochDay(day);
            ApplicantContext ctx = applications.context(s, date, calendar.start(), earlier, rng);
            int second = 9 * 3600 + rng.nextInt(12 * 3600);
            LoanApplication app = loans.personalLoan(c, ctx, s.nextLoanSeq++, date,
                    SimCalendar.atEpochDay(day, second), true, rng);
            earlier.add(app);
        }
        s.unbooked = earlier;
    }

    private LocalDate opened(Customer c, Rng rng) {
        long from = c.joinDate().toEpochDay();
        long to = calendar.startEpochDay() - 1;
        return from >= to ? c.joinDate() : LocalDate.ofEpochDay(from + rng.nextInt((int) (to - from)));
    }

    private static void add(CustomerState s, Holding h) {
        s.holdings.add(h);
        s.hold(h.product());
    }
}
