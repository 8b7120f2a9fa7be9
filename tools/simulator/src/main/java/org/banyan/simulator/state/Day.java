package org.banyan.simulator.state;

import org.banyan.simulator.core.DayType;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.core.SimCalendar;

import java.time.LocalDate;

/** The simulated day being generated. */
public record Day(int index, LocalDate date, long epochDay, DayType type, SimCalendar calendar, long seed,
        boolean[] payDays, boolean[] recentPayDays, String yymmdd) {

    public static Day of(SimCalendar calendar, int index, long seed) {
        LocalDate date = calendar.date(index);
        boolean[] payDays = new boolean[32];
        boolean[] recent = new boolean[32];
        for (int p = 0; p < payDays.length; p++) {
            payDays[p] = SimCalendar.payDate(date, p).equals(date);
            for (int back = 0; back <= 3; back++) {
                LocalDate d = date.minusDays(back);
                recent[p] |= SimCalendar.payDate(d, p).equals(d);
            }
        }
        return new Day(index, date, date.toEpochDay(), DayType.of(date), calendar, seed, payDays, recent,
                Ids.yymmdd(date));
    }

    /** Whether such a payroll paid within the last three days (spending is up after payday). */
    public boolean afterPayDay(int payDay) {
        return payDay >= 0 && recentPayDays[payDay];
    }

    /** Whether a payroll that pays on {@code payDay} (0 = last working day) pays today. */
    public boolean isPayDay(int payDay) {
        return payDay >= 0 && payDays[payDay];
    }

    /** UTC millis of a Beijing second of this day. */
    public long at(int secondOfDay) {
        return SimCalendar.atEpochDay(epochDay, secondOfDay);
    }
}
