package org.banyan.monitoring.rule;

import org.banyan.monitoring.window.SlidingWindows;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Raises ABSENCE alerts: a subject seen regularly ({@code threshold} times or more) whose last matching
 * event is older than the window. Claims and alerts go in one transaction per batch, so a crash loses
 * no alert and a rerun raises none twice.
 */
@Component
class AbsenceSweep {

    private static final int BATCH = 1000;

    private final RuleStore rules;
    private final SlidingWindows windows;
    private final RuleEngine engine;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AbsenceSweep(RuleStore rules, SlidingWindows windows, RuleEngine engine, TransactionTemplate transactions,
            Clock clock) {
        this.rules = rules;
        this.windows = windows;
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${banyan.monitoring.absence-interval:PT5M}",
            initialDelayString = "${banyan.monitoring.absence-interval:PT5M}")
    void scheduled() {
        sweep(clock.instant());
    }

    /** Sweeps every ABSENCE rule as of {@code now}; returns the number of alerts raised or repeated. */
    int sweep(Instant now) {
        int fired = 0;
        for (RuleDefinition rule : rules.enabledOfKind(RuleKind.ABSENCE)) {
            Instant cutoff = now.minus(Duration.ofSeconds(rule.windowSeconds()));
            while (true) {
                Integer batch = transactions.execute(status -> {
                    List<SlidingWindows.AbsentSubject> absent = windows.claimAbsent(rule.name(), cutoff,
                            rule.threshold().longValue(), BATCH);
                    absent.forEach(a -> engine.fire(rule, a.subject(), now,
                            "No matching event since " + a.lastSeen().toInstant(), 0));
                    return absent.size();
                });
                fired += batch == null ? 0 : batch;
                if (batch == null || batch < BATCH) {
                    break;
                }
            }
        }
        return fired;
    }
}
