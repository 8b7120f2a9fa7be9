package org.banyan.simulator.customer;

import org.banyan.simulator.core.Rng;
import org.banyan.simulator.product.Product;

import java.util.EnumMap;
import java.util.Map;

/** Per-persona distributions: occupation, education and baseline product affinities. Immutable. */
final class PersonaTables {

    private static final Occupation[] OCCUPATIONS = Occupation.values();

    private final Map<Persona, double[]> occupation = new EnumMap<>(Persona.class);
    private final Map<Persona, double[]> education = new EnumMap<>(Persona.class);
    private final Map<Persona, double[]> affinity = new EnumMap<>(Persona.class);
    private final double[] personaCumulative;

    PersonaTables() {
        double[] shares = new double[Persona.values().length];
        for (Persona p : Persona.values()) {
            shares[p.ordinal()] = p.share();
        }
        personaCumulative = Rng.cumulative(shares);
        occupations();
        educations();
        affinities();
    }

    Persona persona(Rng rng) {
        return Persona.values()[rng.pick(personaCumulative)];
    }

    Occupation occupation(Persona persona, Rng rng) {
        return OCCUPATIONS[rng.pick(occupation.get(persona))];
    }

    Education education(Persona persona, Rng rng) {
        return Education.values()[rng.pick(education.get(persona))];
    }

    /** Baseline affinity of the persona for a product, in [0, 1]. */
    double affinity(Persona persona, Product product) {
        return affinity.get(persona)[product.ordinal()];
    }

    private void occupations() {
        occupation.put(Persona.STUDENT, weights(Map.of(Occupation.STUDENT, 1.0)));
        occupation.put(Persona.YOUNG_PROFESSIONAL, weights(Map.of(Occupation.SOFTWARE_ENGINEER, .18,
                Occupation.FINANCE_PROFESSIONAL, .12, Occupation.OFFICE_CLERK, .25, Occupation.SALES, .18,
                Occupation.TEACHER, .07, Occupation.MEDICAL_STAFF, .06, Occupation.CIVIL_SERVANT, .06,
                Occupation.MANAGER, .04, Occupation.FREELANCER, .04)));
        occupation.put(Persona.FAMILY, weights(Map.ofEntries(Map.entry(Occupation.OFFICE_CLERK, .18),
                Map.entry(Occupation.TEACHER, .08), Map.entry(Occupation.CIVIL_SERVANT, .08),
                Map.entry(Occupation.MEDICAL_STAFF, .06), Map.entry(Occupation.SALES, .12),
                Map.entry(Occupation.FACTORY_WORKER, .12), Map.entry(Occupation.SERVICE_STAFF, .08),
                Map.entry(Occupation.MANAGER, .06), Map.entry(Occupation.SOFTWARE_ENGINEER, .06),
                Map.entry(Occupation.HOMEMAKER, .08), Map.entry(Occupation.FINANCE_PROFESSIONAL, .04),
                Map.entry(Occupation.SHOP_OWNER, .04))));
        occupation.put(Persona.MASS_AFFLUENT, weights(Map.of(Occupation.MANAGER, .35,
                Occupation.FINANCE_PROFESSIONAL, .2, Occupation.SOFTWARE_ENGINEER, .15, Occupation.MEDICAL_STAFF, .1,
                Occupation.BUSINESS_OWNER, .15, Occupation.CIVIL_SERVANT, .05)));
        occupation.put(Persona.SMALL_BUSINESS_OWNER, weights(Map.of(Occupation.BUSINESS_OWNER, .45,
                Occupation.SHOP_OWNER, .45, Occupation.FARMER, .10)));
        occupation.put(Persona.BLUE_COLLAR, weights(Map.of(Occupation.FACTORY_WORKER, .4,
                Occupation.CONSTRUCTION_WORKER, .3, Occupation.SERVICE_STAFF, .25, Occupation.UNEMPLOYED, .05)));
        occupation.put(Persona.GIG_WORKER, weights(Map.of(Occupation.DELIVERY_RIDER, .45,
                Occupation.RIDE_HAILING_DRIVER, .35, Occupation.FREELANCER, .15, Occupation.UNEMPLOYED, .05)));
        occupation.put(Persona.RETIREE, weights(Map.of(Occupation.RETIRED, 1.0)));
    }

    private static double[] weights(Map<Occupation, Double> byOccupation) {
        double[] w = new double[OCCUPATIONS.length];
        byOccupation.forEach((o, v) -> w[o.ordinal()] = v);
        return Rng.cumulative(w);
    }

    private void educations() {
        // PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, VOCATIONAL_COLLEGE, BACHELOR, MASTER, DOCTORATE
        education.put(Persona.STUDENT, Rng.cumulative(0, 0, .05, .35, .50, .09, .01));
        education.put(Persona.YOUNG_PROFESSIONAL, Rng.cumulative(0, 0, .05, .25, .52, .16, .02));
        education.put(Persona.FAMILY, Rng.cumulative(.02, .15, .25, .25, .28, .05, 0));
        education.put(Persona.MASS_AFFLUENT, Rng.cumulative(0, .02, .08, .15, .45, .25, .05));
        education.put(Persona.SMALL_BUSINESS_OWNER, Rng.cumulative(.05, .30, .35, .18, .11, .01, 0));
        education.put(Persona.BLUE_COLLAR, Rng.cumulative(.15, .50, .25, .09, .01, 0, 0));
        education.put(Persona.GIG_WORKER, Rng.cumulative(.03, .35, .35, .20, .07, 0, 0));
        education.put(Persona.RETIREE, Rng.cumulative(.20, .35, .25, .10, .09, .01, 0));
    }

    private void affinities() {
        // Product order: CURRENT, SAVINGS, TIME_DEPOSIT, CC_CLASSIC, CC_TRAVEL, CC_PLATINUM, PL, MORTGAGE,
        // WM R1..R5, INS_HEALTH, INS_LIFE, INS_TRAVEL
        affinity.put(Persona.STUDENT, new double[]
                {0, .30, .05, .45, .10, .02, .20, .01, .15, .03, .03, .05, .01, .10, .02, .15});
        affinity.put(Persona.YOUNG_PROFESSIONAL, new double[]
                {0, .35, .15, .40, .40, .12, .30, .20, .35, .20, .25, .22, .06, .25, .15, .30});
        affinity.put(Persona.FAMILY, new double[]
                {0, .40, .35, .30, .15, .08, .25, .35, .35, .30, .15, .08, .02, .45, .40, .15});
        affinity.put(Persona.MASS_AFFLUENT, new double[]
                {0, .30, .40, .15, .45, .50, .08, .20, .30, .35, .40, .35, .20, .40, .35, .35});
        affinity.put(Persona.SMALL_BUSINESS_OWNER, new double[]
                {0, .30, .25, .30, .15, .15, .40, .15, .30, .20, .20, .18, .08, .25, .20, .10});
        affinity.put(Persona.BLUE_COLLAR, new double[]
                {0, .30, .20, .25, .05, .02, .30, .10, .15, .05, .03, .03, .01, .20, .15, .10});
        affinity.put(Persona.GIG_WORKER, new double[]
                {0, .25, .05, .40, .05, .02, .45, .05, .20, .05, .05, .08, .03, .15, .08, .10});
        affinity.put(Persona.RETIREE, new double[]
                {0, .45, .55, .08, .05, .05, .03, .02, .30, .35, .10, .03, .01, .30, .10, .05});
    }
}
