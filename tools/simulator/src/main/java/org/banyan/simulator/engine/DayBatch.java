package org.banyan.simulator.engine;

import org.banyan.simulator.rows.AccountRow;
import org.banyan.simulator.rows.AppEventRow;
import org.banyan.simulator.rows.ApplicationRow;
import org.banyan.simulator.rows.CustomerRow;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.rows.OfferRow;
import org.banyan.simulator.rows.Row;
import org.banyan.simulator.rows.TransactionRow;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Everything that happened on one simulated day, each kind of row sorted by {@link Row#ORDER}. */
public record DayBatch(Day day, List<CustomerRow> customers, List<AccountRow> accounts,
        List<TransactionRow> transactions, List<AppEventRow> appEvents, List<LoanEventRow> loanEvents,
        List<ApplicationRow> applications, List<OfferRow> offers) {

    static DayBatch merge(Day day, DayOut[] parts) {
        long start = day.at(0);
        return new DayBatch(day, sorted(parts, p -> p.customers, CustomerRow[]::new, start),
                sorted(parts, p -> p.accounts, AccountRow[]::new, start),
                sorted(parts, p -> p.transactions, TransactionRow[]::new, start),
                sorted(parts, p -> p.appEvents, AppEventRow[]::new, start),
                sorted(parts, p -> p.loanEvents, LoanEventRow[]::new, start),
                sorted(parts, p -> p.applications, ApplicationRow[]::new, start),
                sorted(parts, p -> p.offers, OfferRow[]::new, start));
    }

    /** The rows published on Kafka: customers, transactions, app events and loan events. */
    public long eventCount() {
        return (long) customers.size() + transactions.size() + appEvents.size() + loanEvents.size();
    }

    private static <R extends Row> List<R> sorted(DayOut[] parts, Function<DayOut, List<R>> rows,
            IntFunction<R[]> array, long dayStart) {
        int size = 0;
        for (DayOut p : parts) {
            size += rows.apply(p).size();
        }
        R[] all = array.apply(size);
        int at = 0;
        for (DayOut p : parts) {
            List<R> list = rows.apply(p);
            for (int i = 0; i < list.size(); i++) {
                all[at++] = list.get(i);
            }
            list.clear();
        }
        TimeOrder.sort(all, dayStart);
        return Arrays.asList(all);
    }
}
