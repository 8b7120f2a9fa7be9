package org.banyan.profile.segment;

import org.banyan.profile.catalog.ValueType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Checks a condition's values against its tag's type, converting dates written as text. */
final class Typing {

    private Typing() {
    }

    /** The condition with its values in the tag's canonical form; throws a message when they do not fit. */
    static Condition check(Condition condition, ValueType type) {
        return switch (condition) {
            case Condition.Compare c -> {
                if (c.op().ordering() && type == ValueType.BOOLEAN) {
                    throw new Mismatch("Booleans have no order; use = or != on '" + c.tag() + "'");
                }
                yield new Condition.Compare(c.tag(), c.op(), value(c.tag(), c.value(), type));
            }
            case Condition.In in -> {
                List<Object> values = new ArrayList<>();
                in.values().forEach(v -> values.add(value(in.tag(), v, type)));
                yield new Condition.In(in.tag(), values);
            }
            case Condition.Between b -> {
                if (type == ValueType.BOOLEAN || type == ValueType.CATEGORY) {
                    throw new Mismatch("BETWEEN needs a number or date tag, '" + b.tag() + "' is " + type);
                }
                yield new Condition.Between(b.tag(), value(b.tag(), b.low(), type), value(b.tag(), b.high(), type));
            }
            default -> condition;
        };
    }

    private static Object value(String tag, Object value, ValueType type) {
        Object converted = switch (type) {
            case NUMBER -> value instanceof BigDecimal ? value : null;
            case CATEGORY -> value instanceof String ? value : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case DATE -> value instanceof LocalDate ? value : value instanceof String s ? date(s) : null;
        };
        if (converted == null) {
            throw new Mismatch("Type mismatch: '" + tag + "' is " + type + ", " + Condition.literal(value)
                    + " is not");
        }
        return converted;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A value that does not fit its tag. */
    static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message);
        }
    }
}
