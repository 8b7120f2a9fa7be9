package org.banyan.simulator.response;

import org.banyan.common.event.payload.MarketingFeedback.Action;

import java.util.EnumMap;
import java.util.Map;

/** Counts of what the responder saw and answered. Used from the responder's thread only. */
public final class ResponderStats {

    private long offers;
    private long unknownCustomers;
    private long invalid;
    private final Map<Action, Long> actions = new EnumMap<>(Action.class);

    void offer() {
        offers++;
    }

    void unknownCustomer() {
        unknownCustomers++;
    }

    void invalidRecord() {
        invalid++;
    }

    void count(Action action) {
        actions.merge(action, 1L, Long::sum);
    }

    public long offers() {
        return offers;
    }

    public long unknownCustomers() {
        return unknownCustomers;
    }

    public long invalid() {
        return invalid;
    }


    public long conversions() {
        return actions.getOrDefault(Action.CONVERSION, 0L);
    }

    public long dismissals() {
        return actions.getOrDefault(Action.DISMISS, 0L);
    }

    public long clicks() {
        return actions.getOrDefault(Action.CLICK, 0L);
    }

    @Override
    public String toString() {
        return "offers=" + offers + " clicks=" + clicks() + " conversions=" + conversions() + " dismissals="
                + dismissals() + " unknownCustomers=" + unknownCustomers + " invalid=" + invalid;
    }
}
