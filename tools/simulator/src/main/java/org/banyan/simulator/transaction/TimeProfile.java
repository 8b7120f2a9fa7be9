package org.banyan.simulator.transaction;

import org.banyan.simulator.core.Rng;

/** When in the (Beijing) day an activity happens: 24 hourly weights, sampled to a second of day. */
public enum TimeProfile {
    MEALS(0, 0, 0, 0, 0, 0, 1, 3, 4, 2, 2, 8, 12, 7, 2, 2, 3, 7, 11, 9, 4, 2, 1, 0.5),
    GROCERY(0, 0, 0, 0, 0, 0, 0.5, 2, 3, 4, 5, 5, 4, 3, 3, 4, 5, 8, 9, 8, 5, 3, 1, 0.2),
    DAYTIME_RETAIL(0, 0, 0, 0, 0, 0, 0, 0.5, 1, 3, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 8, 6, 2, 0.3),
    ONLINE(2, 1, 0.5, 0.2, 0.1, 0.1, 0.3, 1, 2, 3, 4, 4, 6, 5, 4, 4, 4, 4, 5, 6, 8, 9, 8, 5),
    COMMUTE(0, 0, 0, 0, 0, 0.5, 3, 9, 10, 4, 2, 2, 2, 2, 2, 2, 3, 7, 9, 5, 3, 2, 1, 0.5),
    OFFICE_HOURS(0, 0, 0, 0, 0, 0, 0, 0.5, 4, 8, 9, 8, 4, 5, 8, 8, 7, 4, 1, 0.5, 0, 0, 0, 0),
    NIGHTLIFE(3, 2, 1, 0.3, 0, 0, 0, 0, 0, 0, 0, 0.5, 1, 1, 1, 1, 1, 2, 4, 6, 8, 8, 7, 5),
    ALL_DAY(1, 0.5, 0.3, 0.3, 0.5, 1, 2, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 2, 1.5),
    LATE_NIGHT(8, 7, 5, 3, 1, 0.3, 0.1, 0.1, 0.2, 0.3, 0.3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.7, 1, 1.5, 2, 3, 5, 7, 8),
    MORNING_BATCH(0, 0, 1, 4, 6, 6, 4, 2, 1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private final double[] cumulative;

    TimeProfile(double... hourly) {
        this.cumulative = Rng.cumulative(hourly);
    }

    public int secondOfDay(Rng rng) {
        return rng.pick(cumulative) * 3600 + rng.nextInt(3600);
    }
}
