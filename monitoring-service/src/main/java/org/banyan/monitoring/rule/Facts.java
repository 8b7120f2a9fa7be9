package org.banyan.monitoring.rule;

import org.banyan.common.event.EventEnvelope;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The variables a rule condition sees: the payload's fields plus topic, type, customerId. */
final class Facts {

    private Facts() {
    }

    static Map<String, Object> of(String topic, EventEnvelope<?> event) {
        Map<String, Object> facts = new HashMap<>();
        Object payload = event.payload();
        if (payload != null && payload.getClass().isRecord()) {
            for (RecordComponent component : payload.getClass().getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(payload);
                    facts.put(component.getName(), value instanceof Enum<?> e ? e.name() : value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (payload instanceof Map<?, ?> map) {
            map.forEach((k, v) -> facts.put(String.valueOf(k), v));
        }
        facts.put("topic", topic);
        facts.put("type", event.type());
        facts.put("customerId", event.customerId());
        return facts;
    }

    /** A numeric fact as a decimal, or null when absent or not a number. */
    static BigDecimal number(Map<String, Object> facts, String field) {
        if (field == null) {
            return null;
        }
        return switch (facts.get(field)) {
            case BigDecimal d -> d;
            case Number n -> new BigDecimal(n.toString());
            case null, default -> null;
        };
    }
}
