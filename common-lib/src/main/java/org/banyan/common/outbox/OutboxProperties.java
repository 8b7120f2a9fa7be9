package org.banyan.common.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code banyan.outbox.*}.
 *
 * @param enabled      whether this instance runs a relay (every instance may; buckets are locked)
 * @param buckets      how many ordered lanes the outbox is split into; change only with an empty outbox,
 *                     since a key's lane would move and its pending events could overtake each other
 * @param batchSize    events sent per bucket per transaction
 * @param pollInterval pause when a pass found nothing to send
 * @param sendTimeout  how long a batch may wait for broker acknowledgements before it is retried
 */
@ConfigurationProperties("banyan.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("8") int buckets,
        @DefaultValue("500") int batchSize,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("30s") Duration sendTimeout) {
}
