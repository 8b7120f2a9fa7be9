package org.banyan.recommendation.features;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What the engine knows of a customer locally: profile tags by code and recent risk signals.
 * An unknown customer has no tags and no signals, and gets a cold-start answer.
 */
public record CustomerFeatures(String customerId, long profileVersion, Map<String, Object> tags,
        List<RiskSignal> riskSignals) {

    public static final String AGE = "age";
    public static final String BIRTH_DATE = "birth_date";
    public static final String INCOME_MONTHLY = "income_monthly";
    public static final String KYC_LEVEL = "kyc_level";

    public CustomerFeatures {
        tags = tags.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        riskSignals = List.copyOf(riskSignals);
    }

    public static CustomerFeatures unknown(String customerId) {
        return new CustomerFeatures(customerId, 0, Map.of(), List.of());
    }

    public boolean known() {
        return profileVersion > 0 || !tags.isEmpty() || !riskSignals.isEmpty();
    }

    public Optional<Object> tag(String code) {
        return Optional.ofNullable(tags.get(code));
    }

    /** A numeric tag; numbers sent as text are read too, since tag values are JSON scalars of any kind. */
    public OptionalDouble number(String code) {
        return switch (tags.get(code)) {
            case Number n -> OptionalDouble.of(n.doubleValue());
            case String s -> parse(s);
            case null, default -> OptionalDouble.empty();
        };
    }

    public Optional<Boolean> flag(String code) {
        return switch (tags.get(code)) {
            case Boolean b -> Optional.of(b);
            case String s when s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") ->
                    Optional.of(Boolean.parseBoolean(s));
            case null, default -> Optional.empty();
        };
    }

    /** Age in whole years: the {@code age} tag if the profile has one, else from {@code birth_date}. */
    public OptionalInt age(LocalDate today) {
        OptionalDouble age = number(AGE);
        if (age.isPresent()) {
            return OptionalInt.of((int) age.getAsDouble());
        }
        if (tags.get(BIRTH_DATE) instanceof String birth) {
            try {
                return OptionalInt.of(Period.between(LocalDate.parse(birth), today).getYears());
            } catch (DateTimeParseException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalDouble parse(String text) {
        try {
            return OptionalDouble.of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
