package org.banyan.simulator.customer;

import org.banyan.common.event.payload.CustomerUpdated.MaritalStatus;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.product.Product;

/**
 * Derives hidden traits from demographics plus noise. The observable part of credit risk (occupation,
 * income, age, education, marital status, bureau data) explains only some of it; the rest is the hidden
 * noise term, which is what keeps a credit model from being perfect.
 */
final class TraitsFactory {

    /** Log-odds intercept, calibrated so personal loans default at about 5% a year in a neutral economy. */
    static final double RISK_INTERCEPT = -3.55;
    /** Standard deviation of the unobservable part of risk, on the log-odds scale. */
    static final double HIDDEN_RISK_SD = 0.85;

    private final PersonaTables tables;

    TraitsFactory(PersonaTables tables) {
        this.tables = tables;
    }

    Traits create(Demographics d, Rng rng) {
        double p = riskPropensity(d, rng);
        double digital = digitalActivity(d.persona(), rng);
        double incomeScale = StrictMath.pow(Math.max(d.income(), 100_000) / 800_000.0, 0.15);
        double purchases = Math.min(2.0, rng.logNormal(d.persona().purchaseMedian() * incomeScale, 0.55));
        double cardShare = rng.uniform(0.3, 0.8);
        double utilisation = clamp(0.05 + 0.25 * rng.nextDouble() + 3 * p + rng.normal(0, 0.08), 0.01, 0.98);
        boolean revolver = rng.chance(Math.min(0.8, 0.2 + 3 * p));
        return new Traits(p, digital, purchases, cardShare, utilisation, revolver, affinities(d, rng));
    }

    Bureau bureau(Demographics d, Traits t, Rng rng) {
        double p = t.riskPropensity();
        int loans = rng.poisson(0.3 + (d.income() > 0 ? 0.4 : 0) + 3 * p);
        long debt = 0;
        for (int i = 0; i < loans; i++) {
            debt += Math.round(rng.logNormal(0.12 * d.income() / 100.0 + 300, 0.6)) * 100;
        }
        int oldest = (int) Math.min(Math.max(0, d.age() - 18) * 12L, Math.round(rng.exponential(60) + 6));
        return new Bureau(rng.poisson(8 * StrictMath.pow(p, 1.2)), rng.poisson(0.3 + 6 * p), loans, debt, oldest);
    }

    private static double riskPropensity(Demographics d, Rng rng) {
        double logit = RISK_INTERCEPT + d.persona().riskShift() + d.occupation().riskShift()
                + ageEffect(d.age()) + incomeEffect(d.income()) + educationEffect(d.education())
                + maritalEffect(d.marital()) + HIDDEN_RISK_SD * rng.gaussian();
        return 1 / (1 + StrictMath.exp(-logit));
    }

    private static double ageEffect(int age) {
        return age < 25 ? 0.35 : age < 35 ? 0.1 : age > 55 ? -0.2 : 0;
    }

    private static double incomeEffect(long incomeCents) {
        double ratio = Math.max(incomeCents, 100_000) / 800_000.0;
        return Math.min(0.6, -0.45 * StrictMath.log(ratio));
    }

    private static double educationEffect(Education e) {
        return e.isDegree() ? -0.25 : e.ordinal() <= Education.JUNIOR_HIGH.ordinal() ? 0.15 : 0;
    }

    private static double maritalEffect(MaritalStatus m) {
        return switch (m) {
            case MARRIED -> -0.15;
            case DIVORCED -> 0.25;
            default -> 0;
        };
    }

    private static double digitalActivity(Persona persona, Rng rng) {
        double offline = switch (persona) {
            case RETIREE -> 0.55;
            case BLUE_COLLAR -> 0.35;
            case SMALL_BUSINESS_OWNER -> 0.2;
            case FAMILY -> 0.12;
            default -> 0.05;
        };
        if (rng.chance(offline)) {
            return 0;
        }
        return Math.min(3.0, rng.logNormal(persona.digitalMedian(), 0.8));
    }

    private Affinities affinities(Demographics d, Rng rng) {
        float[] values = new float[Product.count()];
        for (Product p : Product.values()) {
            if (!p.offerable()) {
                continue;
            }
            double base = clamp(tables.affinity(d.persona(), p) * adjustment(d, p), 0.01, 0.95);
            double logit = StrictMath.log(base / (1 - base)) + 0.9 * rng.gaussian();
            values[p.ordinal()] = (float) (1 / (1 + StrictMath.exp(-logit)));
        }
        return new Affinities(values);
    }

    /** Income, life stage and family shift appetite away from the persona baseline. */
    private static double adjustment(Demographics d, Product p) {
        double income = Math.max(d.income(), 100_000) / 1_000_000.0;
        return switch (p) {
            case WEALTH_R3, WEALTH_R4, WEALTH_R5, CARD_PLATINUM, CARD_TRAVEL, TIME_DEPOSIT ->
                    StrictMath.pow(income, 0.35);
            case PERSONAL_LOAN -> StrictMath.pow(income, -0.15);
            case MORTGAGE -> d.age() > 55 ? 0.3
                    : d.age() >= 27 && d.age() <= 40 && d.marital() == MaritalStatus.MARRIED ? 1.3 : 1.0;
            case INSURANCE_HEALTH, INSURANCE_LIFE -> d.dependents() > 0 ? 1.25 : 1.0;
            default -> 1.0;
        };
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
