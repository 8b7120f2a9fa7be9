package org.banyan.common.event;

/**
 * What a topic carries: its payload record, the envelope {@code type} and {@code version} its
 * producer stamps, and the JSON Schema (classpath resource) a non-JVM producer can follow.
 */
public record EventContract(String topic, Class<?> payloadType, String eventType, int version) {

    public String schemaResource() {
        return "schemas/" + topic + ".schema.json";
    }
}
