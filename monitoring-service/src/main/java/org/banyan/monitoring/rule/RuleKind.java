package org.banyan.monitoring.rule;

/** What a rule watches. */
enum RuleKind {
    /** Fires on every event whose condition holds. */
    THRESHOLD,
    /** Fires when at least {@code threshold} matching events of one subject fall within the window. */
    WINDOW_COUNT,
    /** Fires when the sum of {@code valueField} over matching events of one subject within the window reaches {@code threshold}. */
    WINDOW_SUM,
    /** Fires when {@code valueField} of a matching event moved by at least {@code threshold} from the subject's previous one. */
    CHANGE,
    /** Fires when a subject seen at least {@code threshold} times has had no matching event for the window. */
    ABSENCE,
    /** Fires when every rule in {@code requires} has a live alert for the subject within the window. */
    COMBINATION
}
