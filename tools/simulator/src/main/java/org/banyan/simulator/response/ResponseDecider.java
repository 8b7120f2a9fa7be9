package org.banyan.simulator.response;

import org.banyan.common.event.payload.MarketingFeedback.Action;
import org.banyan.simulator.core.Rng;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Turns one offer into feedback steps, deterministically from the offer's event id. */
final class ResponseDecider {

    /** One feedback event and how long after the offer it happens. */
    record Step(Action action, Duration delay) {
    }

    private final long seed;

    ResponseDecider(long seed) {
        this.seed = seed;
    }

    List<Step> decide(UUID offerEventId, double affinity, String channel) {
        Rng rng = new Rng(Rng.derive(seed, offerEventId.getMostSignificantBits(), offerEventId.getLeastSignificantBits()));
        Duration click = Duration.ofSeconds(rng.between(5, 600));
        return switch (ResponseModel.respond(affinity, channel, rng)) {
            case CONVERSION -> List.of(new Step(Action.CLICK, click),
                    new Step(Action.CONVERSION, click.plusSeconds(rng.between(60, 3_600))));
            case CLICK_ONLY -> List.of(new Step(Action.CLICK, click));
            case DISMISS -> List.of(new Step(Action.DISMISS, Duration.ofSeconds(rng.between(2, 120))));
            case IGNORE -> List.of();
        };
    }

    UUID eventId(UUID source, Action action) {
        long h = Rng.derive(seed ^ 0xfeedL, source.getMostSignificantBits(), source.getLeastSignificantBits(),
                action.ordinal());
        long l = Rng.mix(h ^ 0x2545f4914f6cdd1dL);
        return new UUID((h & 0xffffffffffff0fffL) | 0x4000L, (l & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }
}
