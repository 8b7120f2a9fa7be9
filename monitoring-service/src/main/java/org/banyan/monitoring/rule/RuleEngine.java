package org.banyan.monitoring.rule;

import org.banyan.common.event.EventEnvelope;
import org.banyan.monitoring.alert.AlertHit;
import org.banyan.monitoring.alert.Alerts;
import org.banyan.monitoring.window.SlidingWindows;
import org.banyan.monitoring.window.WindowTotals;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Runs every enabled rule of a topic over one event, in the transaction that marks the event processed. */
@Service
public class RuleEngine {

    private static final int MAX_COMBINATION_DEPTH = 3;

    private final RuleStore rules;
    private final RuleExpressions expressions;
    private final SlidingWindows windows;
    private final Alerts alerts;

    RuleEngine(RuleStore rules, RuleExpressions expressions, SlidingWindows windows, Alerts alerts) {
        this.rules = rules;
        this.expressions = expressions;
        this.windows = windows;
        this.alerts = alerts;
    }

    /** Evaluates the rules of {@code topic} against {@code event}; call inside the event's transaction. */
    public void evaluate(String topic, EventEnvelope<?> event) {
        Map<String, Object> facts = Facts.of(topic, event);
        String subject = event.customerId();
        Instant at = event.occurredAt();
        for (RuleDefinition rule : rules.enabledFor(topic)) {
            if (!expressions.holds(rule.condition(), facts)) {
                continue;
            }
            switch (rule.kind()) {
                case THRESHOLD -> fire(rule, subject, at, "Condition met by event " + event.eventId(), 0);
                case WINDOW_COUNT, WINDOW_SUM -> windowed(rule, subject, event, facts);
                case CHANGE -> change(rule, subject, at, facts);
                case ABSENCE -> windows.observe(rule.name(), subject, at, Facts.number(facts, rule.valueField()));
                case COMBINATION -> { }
            }
        }
    }

    private void windowed(RuleDefinition rule, String subject, EventEnvelope<?> event, Map<String, Object> facts) {
        BigDecimal value = rule.kind() == RuleKind.WINDOW_SUM ? Facts.number(facts, rule.valueField()) : BigDecimal.ONE;
        if (value == null || !windows.add(rule.name(), subject, event.eventId(), event.occurredAt(), value)) {
            return;
        }
        WindowTotals totals = windows.totals(rule.name(), subject, event.occurredAt(),
                Duration.ofSeconds(rule.windowSeconds()));
        BigDecimal measure = rule.kind() == RuleKind.WINDOW_SUM ? totals.sum() : BigDecimal.valueOf(totals.count());
        if (measure.compareTo(rule.threshold()) >= 0) {
            fire(rule, subject, event.occurredAt(), (rule.kind() == RuleKind.WINDOW_SUM ? "Sum " : "Count ")
                    + measure.stripTrailingZeros().toPlainString() + " in " + rule.windowSeconds() + " s", 0);
        }
    }

    private void change(RuleDefinition rule, String subject, Instant at, Map<String, Object> facts) {
        BigDecimal value = Facts.number(facts, rule.valueField());
        if (value == null) {
            return;
        }
        Optional<BigDecimal> previous = windows.observe(rule.name(), subject, at, value);
        if (previous.isPresent() && value.subtract(previous.get()).abs().compareTo(rule.threshold()) >= 0) {
            fire(rule, subject, at, rule.valueField() + " changed from " + previous.get().stripTrailingZeros()
                    .toPlainString() + " to " + value.stripTrailingZeros().toPlainString(), 0);
        }
    }

    /** Raises the rule's alert, then any combination rule the firing completes. */
    void fire(RuleDefinition rule, String subject, Instant at, String summary, int depth) {
        alerts.raise(new AlertHit(rule.name(), rule.version(), subject, rule.severity(),
                Duration.ofSeconds(rule.dedupeSeconds()), at, summary));
        if (depth >= MAX_COMBINATION_DEPTH) {
            return;
        }
        for (RuleDefinition combination : rules.combinationsRequiring(rule.name())) {
            Instant since = at.minusSeconds(combination.windowSeconds());
            if (alerts.liveRules(subject, since).containsAll(combination.requires())) {
                fire(combination, subject, at, "All of " + combination.requires() + " within "
                        + combination.windowSeconds() + " s", depth + 1);
            }
        }
    }
}
