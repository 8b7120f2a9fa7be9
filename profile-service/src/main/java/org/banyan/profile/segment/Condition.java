package org.banyan.profile.segment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A segment definition as a tree: what both the text language and the JSON form parse into, what is
 * type checked against the catalog, and what compiles to parameterised SQL. {@link #text()} renders
 * the canonical text, which parses back to an equal tree.
 */
sealed interface Condition {

    String text();

    record And(List<Condition> all) implements Condition {
        public String text() {
            return all.stream().map(c -> c instanceof Or ? "(" + c.text() + ")" : c.text())
                    .collect(Collectors.joining(" AND "));
        }
    }

    record Or(List<Condition> any) implements Condition {
        public String text() {
            return any.stream().map(Condition::text).collect(Collectors.joining(" OR "));
        }
    }

    record Not(Condition condition) implements Condition {
        public String text() {
            return "NOT " + (condition instanceof And || condition instanceof Or ? "(" + condition.text() + ")"
                    : condition.text());
        }
    }

    record Compare(String tag, Op op, Object value) implements Condition {
        public String text() {
            return tag + " " + op.symbol + " " + literal(value);
        }
    }

    record In(String tag, List<Object> values) implements Condition {
        public String text() {
            return tag + " IN (" + values.stream().map(Condition::literal).collect(Collectors.joining(", ")) + ")";
        }
    }

    record Between(String tag, Object low, Object high) implements Condition {
        public String text() {
            return tag + " BETWEEN " + literal(low) + " AND " + literal(high);
        }
    }

    record Exists(String tag) implements Condition {
        public String text() {
            return tag + " EXISTS";
        }
    }

    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean ordering() {
            return this != EQ && this != NE;
        }
    }

    static String literal(Object value) {
        return switch (value) {
            case String s -> "'" + s.replace("'", "''") + "'";
            case java.math.BigDecimal d -> d.toPlainString();
            case java.time.LocalDate d -> "DATE '" + d + "'";
            default -> String.valueOf(value);
        };
    }
}
