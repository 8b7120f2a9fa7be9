package org.banyan.profile.tagging;

import org.banyan.profile.tagging.CustomerState.Stamped;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** A customer's total end-of-day balance per day, carrying each account's last known balance forward. */
final class EndOfDayBalances {

    private EndOfDayBalances() {
    }

    /** One entry per day from {@code first} to {@code last}; null while no account balance is known yet. */
    static BigDecimal[] of(CustomerState s, int first, int last) {
        Map<String, Stamped> known = new HashMap<>(s.carriedBalances);
        s.days.headMap(first, false).values()
                .forEach(d -> d.balances.forEach((account, b) -> known.merge(account, b, Stamped::latest)));
        BigDecimal[] totals = new BigDecimal[last - first + 1];
        for (int day = first; day <= last; day++) {
            CustomerState.Day d = s.days.get(day);
            if (d != null) {
                d.balances.forEach((account, b) -> known.merge(account, b, Stamped::latest));
            }
            totals[day - first] = known.isEmpty() ? null
                    : known.values().stream().map(Stamped::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return totals;
    }
}
