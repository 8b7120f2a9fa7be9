package org.banyan.monitoring.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code banyan.monitoring.quality.*}: the fields each topic is expected to carry (completeness), the
 * completeness floor (reference design: 98%), the least events a day needs before it is judged, and how
 * stale a topic may get before a freshness alert.
 */
@ConfigurationProperties("banyan.monitoring.quality")
record QualityProperties(Map<String, List<String>> expectedFields, @DefaultValue("0.98") double minCompleteness,
        @DefaultValue("100") long minEvents, @DefaultValue("PT1H") Duration maxStaleness) {

    QualityProperties {
        expectedFields = expectedFields == null ? Map.of() : Map.copyOf(expectedFields);
    }
}
