package org.banyan.simulator.core;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Simulated time. Customers live in China, so daily cycles and the business date of a daily extract
 * follow Beijing time (UTC+8, no daylight saving); every timestamp written out is UTC.
 */
public record SimCalendar(LocalDate start, int days) {

    public static final long MILLIS_PER_DAY = 86_400_000L;
    /** Beijing is UTC+8 all year. */
    public static final long LOCAL_OFFSET_MILLIS = 8 * 3_600_000L;

    public long startEpochDay() {
        return start.toEpochDay();
    }

    public long epochDay(int day) {
        return start.toEpochDay() + day;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** UTC epoch millis of a local (Beijing) time of day on a simulated day. */
    public long at(int day, int secondOfDay) {
        return atEpochDay(epochDay(day), secondOfDay);
    }

    public static long atEpochDay(long epochDay, int secondOfDay) {
        return epochDay * MILLIS_PER_DAY + secondOfDay * 1000L - LOCAL_OFFSET_MILLIS;
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** The last Monday-to-Friday of a month: when "month-end" payrolls pay out. */
    public static LocalDate lastWorkingDay(LocalDate anyDayOfMonth) {
        LocalDate d = anyDayOfMonth.withDayOfMonth(anyDayOfMonth.lengthOfMonth());
        while (isWeekend(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A fixed pay day moved back to the Friday before when it falls on a weekend, as payrolls do. */
    public static LocalDate payDate(LocalDate anyDayOfMonth, int payDay) {
        if (payDay <= 0) {
            return lastWorkingDay(anyDayOfMonth);
        }
        LocalDate d = anyDayOfMonth.withDayOfMonth(Math.min(payDay, anyDayOfMonth.lengthOfMonth()));
        while (isWeekend(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
