package org.banyan.profile.catalog;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The value types a tag can have, with their one canonical Java form: {@link Boolean},
 * {@link BigDecimal} (never floating point, so money stays exact and equal values compare equal),
 * {@link String} and {@link LocalDate}.
 */
public enum ValueType {
    BOOLEAN, NUMBER, CATEGORY, DATE;

    /** The canonical form of a stored or computed value, or null when it does not fit this type. */
    public Object canonical(Object value) {
        return switch (this) {
            case BOOLEAN -> value instanceof Boolean b ? b : null;
            case NUMBER -> switch (value) {
                case BigDecimal d -> d;
                case Integer i -> BigDecimal.valueOf(i);
                case Long l -> BigDecimal.valueOf(l);
                case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
                case null, default -> null;
            };
            case CATEGORY -> value instanceof String s ? s : null;
            case DATE -> switch (value) {
                case LocalDate d -> d;
                case String s -> parseDate(s);
                case null, default -> null;
            };
        };
    }

    /** Reads a JSON value written by {@link #toJson(Object)}; null for a JSON null or a value of another type. */
    public Object fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return switch (this) {
            case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
            case NUMBER -> node.isNumber() ? node.decimalValue() : null;
            case CATEGORY -> node.isString() ? node.stringValue() : null;
            case DATE -> node.isString() ? parseDate(node.stringValue()) : null;
        };
    }

    /** The JSON-ready form: dates as ISO strings, everything else as is. */
    public static Object toJson(Object value) {
        return value instanceof LocalDate d ? d.toString() : value;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
