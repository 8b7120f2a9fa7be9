package org.banyan.common.event;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON rules of Banyan's contracts, for Spring's mapper and for plain-Java producers alike:
 * unknown fields are tolerated, but values must have the type the contract says. A {@code "7"} for a
 * number, {@code 1.7} for an integer or {@code 0} for a boolean is refused instead of quietly coerced,
 * so JVM consumers accept exactly what the JSON Schemas accept.
 */
public final class EventJson {

    private EventJson() {
    }

    public static JsonMapper.Builder applyContractRules(JsonMapper.Builder builder) {
        return builder
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    /** A mapper with the contract rules, for code that runs without Spring (simulator, tools). */
    public static JsonMapper mapper() {
        return applyContractRules(JsonMapper.builder()).build();
    }
}
