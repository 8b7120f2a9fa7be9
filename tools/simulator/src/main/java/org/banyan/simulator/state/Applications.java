package org.banyan.simulator.state;

import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.EmploymentType;
import org.banyan.simulator.loan.ApplicantContext;
import org.banyan.simulator.loan.Loan;
import org.banyan.simulator.loan.LoanApplication;
import org.banyan.simulator.loan.LoanSchedule;
import org.banyan.simulator.product.Product;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Who applies for personal loans, and their situation when they do. Riskier customers apply more
 * (adverse selection), and more so in a downturn.
 */
public final class Applications {

    private final double macroFactor;

    public Applications(double macroFactor) {
        this.macroFactor = macroFactor;
    }

    /** Probability of applying for a personal loan in a month. */
    public double monthlyRate(Customer c) {
        double persona = switch (c.persona()) {
            case GIG_WORKER -> 1.8;
            case SMALL_BUSINESS_OWNER -> 1.4;
            case BLUE_COLLAR -> 1.3;
            case YOUNG_PROFESSIONAL -> 1.2;
            case FAMILY -> 1.0;
            case STUDENT -> 0.4;
            case MASS_AFFLUENT -> 0.5;
            case RETIREE -> 0.2;
        };
        double appetite = 0.4 + 2 * c.traits().affinities().of(Product.PERSONAL_LOAN);
        if (c.occupation().employment() == EmploymentType.NOT_WORKING) {
            persona *= 0.4;
        }
        return 0.008 * persona * appetite * (1 + 4 * c.traits().riskPropensity()) * Math.sqrt(macroFactor);
    }

    /**
     * The applicant's situation on {@code date}. For a past date (back book) income is deflated, the job
     * may be an earlier one, and only credits open then count.
     */
    public ApplicantContext context(CustomerState s, LocalDate date, LocalDate start, List<LoanApplication> earlier,
            Rng rng) {
        Customer c = s.customer;
        double yearsAgo = Math.max(0, ChronoUnit.DAYS.between(date, start) / 365.25);
        long income = Math.round(c.incomeCents() * StrictMath.pow(0.97, yearsAgo) / 1_000) * 1_000;
        double job = c.employmentYears() - yearsAgo;
        double employment = c.employmentYears() == 0 ? 0 : job > 0.05 ? job : rng.uniform(0.1, 5);
        long day = date.toEpochDay();
        int credits = 1 + creditsOpen(s, day, earlier);
        long debt = c.bureau().externalDebtMonthlyCents() + installmentsOpen(s, day, earlier);
        boolean hasCard = s.card != null && s.card.opened().toEpochDay() <= day;
        double utilisation = hasCard ? Math.max(0, Math.min(1.2, s.card.utilisation() + rng.normal(0, 0.08))) : 0;
        if (hasCard) {
            debt += s.card.owedCents / 10;
        }
        long savings = Math.round((s.currentBalance + s.savingsBalance) * rng.uniform(0.7, 1.3));
        int tenure = (int) Math.max(0, ChronoUnit.MONTHS.between(c.joinDate(), date));
        String device = c.deviceIds().isEmpty() ? null : c.deviceIds().getFirst();
        String channel = device == null ? "BRANCH" : rng.chance(0.8) ? "MOBILE" : "WEB";
        return new ApplicantContext(c.ageAt(date), income, employment, credits, debt, savings, utilisation, tenure,
                device, channel);
    }

    private static int creditsOpen(CustomerState s, long day, List<LoanApplication> earlier) {
        int n = s.card != null && s.card.opened().toEpochDay() <= day ? 1 : 0;
        for (Loan loan : s.loans) {
            n += loan.activeOn(day) ? 1 : 0;
        }
        for (LoanApplication a : earlier) {
            n += open(a, day) ? 1 : 0;
        }
        return n;
    }

    private static long installmentsOpen(CustomerState s, long day, List<LoanApplication> earlier) {
        long sum = 0;
        for (Loan loan : s.loans) {
            sum += loan.activeOn(day) ? loan.application().installmentCents() : 0;
        }
        for (LoanApplication a : earlier) {
            sum += open(a, day) ? a.installmentCents() : 0;
        }
        return sum;
    }

    /** Whether a not-yet-booked loan is within its term on a day (its path is not known yet). */
    private static boolean open(LoanApplication a, long day) {
        return a.date().toEpochDay() <= day && LoanSchedule.dueDate(a.date(), a.termMonths()).toEpochDay() > day;
    }
}
