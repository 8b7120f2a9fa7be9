package org.banyan.simulator.transaction;

import org.banyan.simulator.core.DayType;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Persona;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which merchant categories each persona buys from, and how that shifts by kind of day. Weights are
 * relative purchase counts (not amounts). Immutable after construction.
 */
public final class SpendMix {

    private static final Mcc[] MCCS = Mcc.values();

    private final Map<Persona, double[][]> cumulativeByDayType = new EnumMap<>(Persona.class);

    public SpendMix() {
        base().forEach((persona, weights) -> {
            double[][] byType = new double[DayType.values().length][];
            for (DayType t : DayType.values()) {
                double[] w = new double[MCCS.length];
                weights.forEach((mcc, v) -> w[mcc.ordinal()] = v * dayWeight(t, mcc));
                byType[t.ordinal()] = Rng.cumulative(w);
            }
            cumulativeByDayType.put(persona, byType);
        });
    }

    public Mcc pick(Persona persona, DayType dayType, Rng rng) {
        return MCCS[rng.pick(cumulativeByDayType.get(persona)[dayType.ordinal()])];
    }

    /** How a category's share moves on this kind of day. */
    static double dayWeight(DayType type, Mcc mcc) {
        return switch (type) {
            case WEEKDAY -> 1.0;
            case WEEKEND -> mcc.weekendFactor();
            case GOLDEN_WEEK -> mcc.isTravel() ? 4.0 : mcc == Mcc.COMMUTER_TRANSPORT ? 0.4
                    : mcc.time() == TimeProfile.OFFICE_HOURS ? 0.2 : mcc.weekendFactor();
            case SHOPPING_FESTIVAL -> mcc == Mcc.MARKETPLACE ? 6.0 : mcc.onlineShare() > 0.5 ? 2.0 : 1.0;
            case SPRING_FESTIVAL -> switch (mcc) {
                case LIQUOR, JEWELRY, DEPARTMENT_STORE, GROCERY -> 2.5;
                case AIRLINE, COMMUTER_TRANSPORT -> 1.5;
                default -> mcc.time() == TimeProfile.OFFICE_HOURS ? 0.1 : 1.0;
            };
        };
    }

    private static Map<Persona, Map<Mcc, Double>> base() {
        Map<Persona, Map<Mcc, Double>> m = new EnumMap<>(Persona.class);
        m.put(Persona.STUDENT, Map.ofEntries(e(Mcc.FAST_FOOD, 20), e(Mcc.RESTAURANT, 12), e(Mcc.MARKETPLACE, 16),
                e(Mcc.COMMUTER_TRANSPORT, 10), e(Mcc.CONVENIENCE, 10), e(Mcc.DIGITAL_GAMES, 6), e(Mcc.BOOKS, 4),
                e(Mcc.EDUCATION, 2), e(Mcc.UNIVERSITY, 1), e(Mcc.CINEMA, 4), e(Mcc.COSMETICS, 4),
                e(Mcc.FAMILY_CLOTHING, 3), e(Mcc.CLOTHING, 2), e(Mcc.TAXI, 4), e(Mcc.ELECTRONICS, 1.5),
                e(Mcc.LOTTERY, 0.3), e(Mcc.BAR, 1)));
        m.put(Persona.YOUNG_PROFESSIONAL, Map.ofEntries(e(Mcc.RESTAURANT, 16), e(Mcc.FAST_FOOD, 10),
                e(Mcc.MARKETPLACE, 14), e(Mcc.GROCERY, 8), e(Mcc.CONVENIENCE, 6), e(Mcc.TAXI, 8),
                e(Mcc.COMMUTER_TRANSPORT, 6), e(Mcc.COSMETICS, 4), e(Mcc.CLOTHING, 5), e(Mcc.CINEMA, 3),
                e(Mcc.FITNESS_CLUB, 2), e(Mcc.BAR, 3), e(Mcc.ELECTRONICS, 2), e(Mcc.HOTEL, 1.5), e(Mcc.AIRLINE, 1.5),
                e(Mcc.TRAVEL_AGENCY, 0.5), e(Mcc.DEPARTMENT_STORE, 2), e(Mcc.BOOKS, 1), e(Mcc.EDUCATION, 1),
                e(Mcc.PHARMACY, 1.5), e(Mcc.FUEL, 2), e(Mcc.LOTTERY, 0.3), e(Mcc.MISC_RETAIL, 2)));
        m.put(Persona.FAMILY, Map.ofEntries(e(Mcc.GROCERY, 22), e(Mcc.RESTAURANT, 10), e(Mcc.FAST_FOOD, 5),
                e(Mcc.MARKETPLACE, 12), e(Mcc.CONVENIENCE, 6), e(Mcc.EDUCATION, 5), e(Mcc.FAMILY_CLOTHING, 5),
                e(Mcc.PHARMACY, 4), e(Mcc.HOSPITAL, 2), e(Mcc.FUEL, 6), e(Mcc.DEPARTMENT_STORE, 4),
                e(Mcc.HOME_SUPPLY, 2), e(Mcc.FURNITURE, 1), e(Mcc.ELECTRONICS, 1.5), e(Mcc.WHOLESALE_CLUB, 3),
                e(Mcc.CINEMA, 2), e(Mcc.TAXI, 2), e(Mcc.LIQUOR, 1), e(Mcc.HOTEL, 1), e(Mcc.AIRLINE, 0.7),
                e(Mcc.TRAVEL_AGENCY, 0.5), e(Mcc.LOTTERY, 0.5), e(Mcc.MISC_RETAIL, 3)));
        m.put(Persona.MASS_AFFLUENT, Map.ofEntries(e(Mcc.RESTAURANT, 16), e(Mcc.GROCERY, 12),
                e(Mcc.MARKETPLACE, 8), e(Mcc.DEPARTMENT_STORE, 6), e(Mcc.CLOTHING, 5), e(Mcc.JEWELRY, 1.5),
                e(Mcc.HOTEL, 4), e(Mcc.AIRLINE, 4), e(Mcc.TRAVEL_AGENCY, 2), e(Mcc.FUEL, 6), e(Mcc.TAXI, 4),
                e(Mcc.ELECTRONICS, 2), e(Mcc.FITNESS_CLUB, 2), e(Mcc.LIQUOR, 3), e(Mcc.BAR, 2), e(Mcc.COSMETICS, 3),
                e(Mcc.EDUCATION, 3), e(Mcc.HOSPITAL, 1), e(Mcc.MISC_RETAIL, 3), e(Mcc.FURNITURE, 1),
                e(Mcc.WHOLESALE_CLUB, 2)));
        m.put(Persona.SMALL_BUSINESS_OWNER, Map.ofEntries(e(Mcc.WHOLESALE_CLUB, 6), e(Mcc.COMPUTERS_WHOLESALE, 3),
                e(Mcc.STATIONERY_WHOLESALE, 4), e(Mcc.RESTAURANT, 14), e(Mcc.GROCERY, 12), e(Mcc.FUEL, 8),
                e(Mcc.MARKETPLACE, 8), e(Mcc.LIQUOR, 3), e(Mcc.CONVENIENCE, 6), e(Mcc.TAXI, 2), e(Mcc.HOTEL, 2),
                e(Mcc.AIRLINE, 1), e(Mcc.MISC_RETAIL, 6), e(Mcc.HOME_SUPPLY, 3), e(Mcc.LOTTERY, 0.8), e(Mcc.BAR, 1.5),
                e(Mcc.ELECTRONICS, 1.5)));
        m.put(Persona.BLUE_COLLAR, Map.ofEntries(e(Mcc.CONVENIENCE, 16), e(Mcc.FAST_FOOD, 16), e(Mcc.GROCERY, 16),
                e(Mcc.MARKETPLACE, 8), e(Mcc.COMMUTER_TRANSPORT, 8), e(Mcc.RESTAURANT, 6), e(Mcc.FAMILY_CLOTHING, 3),
                e(Mcc.PHARMACY, 3), e(Mcc.LOTTERY, 1.2), e(Mcc.DIGITAL_GAMES, 2), e(Mcc.MISC_RETAIL, 3),
                e(Mcc.LIQUOR, 1.5), e(Mcc.ELECTRONICS, 0.8)));
        m.put(Persona.GIG_WORKER, Map.ofEntries(e(Mcc.FUEL, 10), e(Mcc.CONVENIENCE, 14), e(Mcc.FAST_FOOD, 16),
                e(Mcc.MARKETPLACE, 12), e(Mcc.DIGITAL_GAMES, 5), e(Mcc.GROCERY, 8), e(Mcc.RESTAURANT, 5),
                e(Mcc.TAXI, 1), e(Mcc.ELECTRONICS, 1), e(Mcc.LOTTERY, 1.2), e(Mcc.BAR, 1.5), e(Mcc.PHARMACY, 2),
                e(Mcc.MISC_RETAIL, 3)));
        m.put(Persona.RETIREE, Map.ofEntries(e(Mcc.GROCERY, 28), e(Mcc.PHARMACY, 10), e(Mcc.HOSPITAL, 5),
                e(Mcc.RESTAURANT, 6), e(Mcc.CONVENIENCE, 8), e(Mcc.DEPARTMENT_STORE, 4), e(Mcc.WHOLESALE_CLUB, 3),
                e(Mcc.COMMUTER_TRANSPORT, 4), e(Mcc.MARKETPLACE, 4), e(Mcc.TRAVEL_AGENCY, 1), e(Mcc.HOTEL, 0.6),
                e(Mcc.FAMILY_CLOTHING, 2), e(Mcc.LIQUOR, 1), e(Mcc.LOTTERY, 1), e(Mcc.MISC_RETAIL, 3)));
        return m;
    }

    private static Map.Entry<Mcc, Double> e(Mcc mcc, double weight) {
        return Map.entry(mcc, weight);
    }
}
