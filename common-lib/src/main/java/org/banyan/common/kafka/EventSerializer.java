package org.banyan.common.kafka;

import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * Writes record values as UTF-8 JSON. Bytes and strings pass through untouched: the outbox relay
 * sends envelopes it serialised at commit time, and the DLQ republishes poison records as received.
 */
public class EventSerializer implements Serializer<Object> {

    private final JsonMapper mapper;

    public EventSerializer(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return switch (data) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            default -> mapper.writeValueAsBytes(data);
        };
    }
}
