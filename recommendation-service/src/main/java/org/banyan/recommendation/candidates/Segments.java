package org.banyan.recommendation.candidates;

import org.banyan.recommendation.features.CustomerFeatures;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The coarse look-alike segment used for cold-start popularity: life stage (age band) by monthly income
 * band. Coarse on purpose: every segment must hold enough customers for its popularity to mean something.
 */
public final class Segments {

    public static final String UNKNOWN = "unknown";

    /** The tags the segment is computed from. */
    public static final List<String> TAGS = List.of(CustomerFeatures.AGE, CustomerFeatures.BIRTH_DATE,
            CustomerFeatures.INCOME_MONTHLY);

    private Segments() {
    }

    public static String of(CustomerFeatures customer, LocalDate today) {
        OptionalInt age = customer.age(today);
        OptionalDouble income = customer.number(CustomerFeatures.INCOME_MONTHLY);
        if (age.isEmpty() && income.isEmpty()) {
            return UNKNOWN;
        }
        return "age:" + (age.isPresent() ? ageBand(age.getAsInt()) : "?") + "|income:"
                + (income.isPresent() ? incomeBand(income.getAsDouble()) : "?");
    }

    static String ageBand(int age) {
        if (age < 25) {
            return "<25";
        }
        if (age < 35) {
            return "25-34";
        }
        if (age < 45) {
            return "35-44";
        }
        return age < 60 ? "45-59" : "60+";
    }

    static String incomeBand(double monthly) {
        if (monthly < 5_000) {
            return "<5k";
        }
        if (monthly < 10_000) {
            return "5-10k";
        }
        return monthly < 20_000 ? "10-20k" : "20k+";
    }
}
