package org.banyan.recommendation.support;

import org.banyan.common.event.Topics;
import org.banyan.common.testsupport.KafkaTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes the events other services would, as raw JSON envelopes on the shared broker. */
public final class Events {

    private final KafkaTestClient kafka;
    private final JsonMapper mapper = JsonMapper.builder().build();

    public Events(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    /** profile.tag-changes.v1 setting the given tags (tag, value, tag, value, ...) at a profile version. */
    public void tagsChanged(String customerId, long profileVersion, Object... tagsAndValues) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < tagsAndValues.length; i += 2) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("tag", tagsAndValues[i]);
            change.put("oldValue", null);
            change.put("newValue", tagsAndValues[i + 1]);
            changes.add(change);
        }
        send(Topics.TAG_CHANGES, customerId, "profile.tags-changed", "profile-service",
                Map.of("profileVersion", profileVersion, "changes", changes));
    }

    public void riskSignal(String customerId, String type, String severity) {
        send(Topics.RISK_SIGNALS, customerId, "credit.risk-signal-raised", "credit-risk-service",
                Map.of("signalId", "SIG-" + UUID.randomUUID(), "signalType", type, "severity", severity));
    }

    public void appEvent(String customerId, String name, String productId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sessionId", "S-1");
        payload.put("name", name);
        payload.put("productId", productId);
        payload.put("deviceId", "D-1");
        payload.put("channel", "MOBILE");
        send(Topics.APP_EVENTS, customerId, "app.event", "mobile-app", payload);
    }

    public void send(String topic, String customerId, String type, String producer, Map<String, Object> payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("version", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("producer", producer);
        envelope.put("customerId", customerId);
        envelope.put("payload", payload);
        kafka.send(topic, customerId, mapper.writeValueAsString(envelope));
    }

    public void raw(String topic, String key, String value) {
        kafka.send(topic, key, value);
    }
}
