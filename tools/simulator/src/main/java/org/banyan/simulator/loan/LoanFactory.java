package org.banyan.simulator.loan;

import org.banyan.common.event.payload.LoanEvent.ProductType;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.EmploymentType;
import org.banyan.simulator.customer.Housing;
import org.banyan.simulator.customer.Persona;
import org.banyan.simulator.product.Product;

import java.time.LocalDate;

/**
 * Fills in loan applications and books them. Terms and purposes follow the German credit data; the
 * requested amount scales with income and term (in the German data ln(amount) has sd 0.78 and
 * correlates 0.62 with ln(term)); the 12-month probability of default combines the hidden risk
 * propensity with German log odds ratios, the debt burden and the macro factor.
 */
public final class LoanFactory {

    /** Log-odds shift of loan PD over customer propensity, calibrated for 3-8% yearly defaults. */
    static final double LOAN_INTERCEPT = -1.2;
    private static final double GERMAN_DAMPING = 0.5;

    private final long seed;
    private final double macroFactor;
    private final GermanCalibration german = new GermanCalibration();

    public LoanFactory(long seed, double macroFactor) {
        this.seed = seed;
        this.macroFactor = macroFactor;
    }

    public LoanApplication personalLoan(Customer c, ApplicantContext ctx, int seq, LocalDate date, long submittedAt,
            boolean backBook, Rng rng) {
        int term = german.term(rng);
        Purpose purpose = german.purpose(rng);
        if (purpose == Purpose.BUSINESS && c.persona() == Persona.STUDENT) {
            purpose = Purpose.EDUCATION;
        }
        long amount = amount(ctx.incomeCents(), term, purpose, rng);
        double rate = annualRate(c, ctx, term, rng);
        long installment = LoanSchedule.installment(amount, rate, term);
        EmploymentLength employment = employmentLength(c.occupation().employment(), ctx.employmentYears());
        return new LoanApplication(Ids.applicationId(c.index(), seq), Ids.loanId(c.index(), seq), c.index(),
                submittedAt, date, Product.PERSONAL_LOAN, amount, term, purpose, rate, installment, employment,
                ctx.employmentYears(), c.housing(), ctx.existingCredits(), ctx.incomeCents(), ctx.monthlyDebtCents(),
                c.dependents(), ctx.age(), c.phone(), ctx.deviceId(), c.address(), ctx.channel(), backBook,
                snapshot(c, ctx));
    }

    /** The hidden 12-month probability of default of an application. */
    public double pd12(LoanApplication a, Customer c) {
        double logit = c.traits().riskLogit() + LOAN_INTERCEPT
                + GERMAN_DAMPING * (GermanCalibration.logOddsRatio(a.purpose())
                        + GermanCalibration.logOddsRatio(a.employmentLength())
                        + GermanCalibration.logOddsRatio(a.housing()))
                + 0.45 * StrictMath.log(a.termMonths() / 18.0)
                + 0.9 * (Math.min(a.debtToIncome(), 1.5) - 0.35)
                + StrictMath.log(macroFactor);
        return 1 / (1 + StrictMath.exp(-logit));
    }

    /**
     * Books an application and draws its repayment path. {@code forcedFirstMiss > 0} overrides the draw:
     * paid until that instalment, never again (fraud rings, salary stopped).
     */
    public Loan book(LoanApplication a, Customer c, LocalDate disbursed, int second, int forcedFirstMiss) {
        Rng rng = Rng.of(seed, 0x10a4L, a.customer(), a.loanId().hashCode());
        byte[] path = forcedFirstMiss > 0 ? LoanPathGenerator.missingFrom(forcedFirstMiss, a.termMonths())
                : LoanPathGenerator.generate(pd12(a, c), a.termMonths(), disbursed, rng);
        ProductType type = a.product() == Product.MORTGAGE ? ProductType.MORTGAGE : ProductType.PERSONAL_LOAN;
        return new Loan(a, type, disbursed, second, path);
    }

    /** A mortgage on the customer's home; secured, so a quarter of the unsecured default risk. */
    public LoanApplication mortgage(Customer c, ApplicantContext ctx, int seq, LocalDate date, Rng rng) {
        int term = new int[] {240, 300, 360}[rng.nextInt(3)];
        double tierFactor = c.city().tier() == 1 ? 1.8 : c.city().tier() == 2 ? 1.2 : 0.8;
        double income = Math.max(ctx.incomeCents() / 100.0, 5_000);
        long amount = Math.max(200_000, Math.min(8_000_000,
                Math.round(rng.logNormal(income * 60 * tierFactor, 0.4) / 10_000) * 10_000)) * 100;
        double rate = Math.round((0.039 + rng.normal(0, 0.003)) * 10_000) / 10_000.0;
        long installment = LoanSchedule.installment(amount, rate, term);
        return new LoanApplication(Ids.applicationId(c.index(), seq), Ids.loanId(c.index(), seq), c.index(),
                date.toEpochDay() * 86_400_000L, date, Product.MORTGAGE, amount, term, Purpose.OTHER, rate,
                installment, EmploymentLength.of(true, ctx.employmentYears()), ctx.employmentYears(), Housing.OWN,
                ctx.existingCredits(), ctx.incomeCents(), ctx.monthlyDebtCents(), c.dependents(), ctx.age(),
                c.phone(), ctx.deviceId(), c.address(), "BRANCH", true, snapshot(c, ctx));
    }

    public Loan bookMortgage(LoanApplication a, Customer c) {
        Rng rng = Rng.of(seed, 0x3047L, a.customer(), a.loanId().hashCode());
        double logit = c.traits().riskLogit() - 1.4 + StrictMath.log(macroFactor);
        double pd = 1 / (1 + StrictMath.exp(-logit));
        byte[] path = LoanPathGenerator.generate(pd, a.termMonths(), a.date(), rng);
        return new Loan(a, ProductType.MORTGAGE, a.date(), 10 * 3600, path);
    }

    /** German attribute 7; pensioners have the steadiest income of all, so they count as 7+ years. */
    private static EmploymentLength employmentLength(EmploymentType type, double years) {
        return switch (type) {
            case NOT_WORKING, STUDENT -> EmploymentLength.UNEMPLOYED;
            case RETIRED -> EmploymentLength.GE_7Y;
            default -> EmploymentLength.of(true, years);
        };
    }

    private long amount(long incomeCents, int term, Purpose purpose, Rng rng) {
        double income = Math.max(incomeCents / 100.0, 3_000);
        double log = 0.8 * StrictMath.log(income) + 2.94 + 0.9 * StrictMath.log(term / 18.0) + purpose.amountShift()
                + 0.3 * rng.gaussian() + 0.3 * StrictMath.log(macroFactor);
        double cny = Math.max(2_000, Math.min(500_000, StrictMath.exp(log)));
        long step = cny < 10_000 ? 500 : 1_000;
        return Math.max(step, Math.round(cny / step) * step) * 100;
    }

    /** Risk-based pricing from what the bank can see: bureau record, KYC depth, income, term. */
    private static double annualRate(Customer c, ApplicantContext ctx, int term, Rng rng) {
        double rate = 0.068 + 0.025 * Math.min(4, c.bureau().delinquencies24m())
                + (c.kycLevel() == 1 ? 0.02 : 0) + (ctx.incomeCents() < 500_000 ? 0.015 : 0)
                + (term > 36 ? 0.01 : 0) + rng.normal(0, 0.008);
        return Math.round(Math.max(0.048, Math.min(0.24, rate)) * 1_000) / 1_000.0;
    }

    private static ApplicantSnapshot snapshot(Customer c, ApplicantContext ctx) {
        return new ApplicantSnapshot(c.gender().name(), c.maritalStatus().name(), c.education().name(),
                c.occupation().label(), c.city().tier(), c.kycLevel(), ctx.tenureMonths(), ctx.cardUtilisation(),
                ctx.savingsCents(), c.bureau().delinquencies24m(), c.bureau().inquiries6m(),
                c.bureau().externalLoans());
    }
}
