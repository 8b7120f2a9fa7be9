package org.banyan.profile.tagging;

import org.banyan.profile.tagging.CustomerState.Amount;
import org.banyan.profile.tagging.CustomerState.Day;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The day aggregates of one window (first to last epoch day, both included), added up. */
final class WindowSums {

    final Map<String, Amount> spend = new HashMap<>();
    BigDecimal spendTotal = BigDecimal.ZERO;
    int spendCount;
    BigDecimal spendMax;
    BigDecimal spendOnline = BigDecimal.ZERO;
    BigDecimal spendPos = BigDecimal.ZERO;
    BigDecimal spendWeekend = BigDecimal.ZERO;
    final Map<String, Amount> kinds = new HashMap<>();
    BigDecimal inflow = BigDecimal.ZERO;
    BigDecimal outflow = BigDecimal.ZERO;
    final Map<String, Integer> channels = new HashMap<>();
    final int[] slots = new int[4];
    int txns;
    int activeDays;
    int abroad;
    BigDecimal abroadSpend = BigDecimal.ZERO;
    final Set<String> countries = new HashSet<>();
    int maxAbroadPerDay;
    int appEvents;
    int logins;
    int pageViews;
    int productViews;
    int applyStarts;
    int appActiveDays;
    final Map<String, Integer> appChannels = new HashMap<>();
    final Map<String, Integer> viewedProducts = new HashMap<>();
    final Set<String> devices = new HashSet<>();
    int missed;
    int repaid;
    int closed;
    BigDecimal disbursed = BigDecimal.ZERO;
    int maxDpd;
    int applications;
    int approvals;
    int declines;
    int refers;
    int signals;
    int severeSignals;
    int maxSeverity = -1;
    final Set<String> signalTypes = new HashSet<>();

    static WindowSums over(CustomerState state, int first, int last) {
        WindowSums w = new WindowSums();
        state.days.subMap(first, true, last, true).forEach(w::add);
        return w;
    }

    private void add(int epochDay, Day d) {
        d.spend.forEach((category, amount) -> {
            spend.merge(category, amount, Amount::plus);
            spendTotal = spendTotal.add(amount.amount());
            spendCount += amount.count();
            if (StateUpdates.weekend(epochDay)) {
                spendWeekend = spendWeekend.add(amount.amount());
            }
        });
        if (d.spendMax != null && (spendMax == null || d.spendMax.compareTo(spendMax) > 0)) {
            spendMax = d.spendMax;
        }
        spendOnline = plus(spendOnline, d.spendOnline);
        spendPos = plus(spendPos, d.spendPos);
        d.kinds.forEach((kind, amount) -> kinds.merge(kind, amount, Amount::plus));
        inflow = plus(inflow, d.inflow);
        outflow = plus(outflow, d.outflow);
        d.channels.forEach((channel, n) -> channels.merge(channel, n, Integer::sum));
        for (int i = 0; i < slots.length; i++) {
            slots[i] += d.slots[i];
        }
        txns += d.txns;
        activeDays += d.txns > 0 ? 1 : 0;
        abroad += d.abroad;
        maxAbroadPerDay = Math.max(maxAbroadPerDay, d.abroad);
        abroadSpend = plus(abroadSpend, d.abroadSpend);
        countries.addAll(d.countries);
        appEvents += d.appEvents;
        logins += d.logins;
        pageViews += d.pageViews;
        productViews += d.productViews;
        applyStarts += d.applyStarts;
        appActiveDays += d.appEvents > 0 ? 1 : 0;
        d.appChannels.forEach((channel, n) -> appChannels.merge(channel, n, Integer::sum));
        d.viewedProducts.forEach((product, n) -> viewedProducts.merge(product, n, Integer::sum));
        devices.addAll(d.devices);
        missed += d.missed;
        repaid += d.repaid;
        closed += d.closed;
        disbursed = plus(disbursed, d.disbursed);
        maxDpd = Math.max(maxDpd, d.maxDpd);
        applications += d.applications;
        approvals += d.approvals;
        declines += d.declines;
        refers += d.refers;
        signals += d.signals;
        severeSignals += d.severeSignals;
        maxSeverity = Math.max(maxSeverity, d.maxSeverity);
        signalTypes.addAll(d.signalTypes);
    }

    Amount kind(String kindAndDirection) {
        return kinds.getOrDefault(kindAndDirection, Amount.ZERO);
    }

    Amount spendIn(String category) {
        return spend.getOrDefault(category, Amount.ZERO);
    }

    private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum.add(value);
    }
}
