package org.banyan.simulator.core;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

/**
 * Kinds of day that shift how much and what people buy: weekends, the National Day "Golden Week"
 * (travel), the Double 11 and 618 online shopping festivals, and the Spring Festival (gifts, red packets).
 */
public enum DayType {
    WEEKDAY(1.0), WEEKEND(1.15), GOLDEN_WEEK(1.3), SHOPPING_FESTIVAL(1.6), SPRING_FESTIVAL(1.4);

    /** Lunar New Year's Day by Gregorian year (it moves every year). */
    private static final Map<Integer, LocalDate> LUNAR_NEW_YEAR = Map.of(
            2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17),
            2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13),
            2030, LocalDate.of(2030, 2, 3));

    private final double activity;

    DayType(double activity) {
        this.activity = activity;
    }

    /** Multiplier on the number of purchases that day. */
    public double activity() {
        return activity;
    }

    public static DayType of(LocalDate date) {
        if (date.getMonth() == Month.OCTOBER && date.getDayOfMonth() <= 7) {
            return GOLDEN_WEEK;
        }
        if ((date.getMonth() == Month.NOVEMBER && date.getDayOfMonth() == 11)
                || (date.getMonth() == Month.JUNE && date.getDayOfMonth() == 18)) {
            return SHOPPING_FESTIVAL;
        }
        LocalDate lunar = LUNAR_NEW_YEAR.get(date.getYear());
        if (lunar != null && !date.isBefore(lunar.minusDays(1)) && !date.isAfter(lunar.plusDays(6))) {
            return SPRING_FESTIVAL;
        }
        return SimCalendar.isWeekend(date) ? WEEKEND : WEEKDAY;
    }

}
