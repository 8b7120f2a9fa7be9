package org.banyan.profile.segment;

import org.banyan.profile.catalog.ExpressionError;
import org.banyan.profile.catalog.ValueType;
import org.banyan.profile.tagging.HotTags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles a checked condition tree into a WHERE clause over the profile's tag map. Every tag code and
 * every value is a bind parameter; the SQL text is built only from this class's own fragments, so no
 * user input ever becomes SQL. Each leaf is two-valued ({@code coalesce(..., false)}): a customer
 * without a value for a tag fails a condition on it and passes its negation.
 */
final class SqlCompiler {

    static final int MAX_CONDITIONS = 50;
    static final int MAX_VALUES = 1_000;
    static final int MAX_DEPTH = 10;

    private final Function<String, ValueType> types;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private int values;
    private int leaves;
    private boolean hot;

    private SqlCompiler(Function<String, ValueType> types) {
        this.types = types;
    }

    /**
     * Compiles against the narrow typed table {@code profile_hot} when every tag of the condition has a
     * column there, else against the JSONB map of {@code profile}; both tables have {@code customer_id}.
     */
    static Sql compile(Condition condition, Function<String, ValueType> types) {
        SqlCompiler compiler = new SqlCompiler(types);
        compiler.hot = tags(condition).allMatch(tag -> HotTags.column(tag).isPresent());
        String where = compiler.sql(condition, 1);
        return new Sql(compiler.hot ? "profile_hot" : "profile", where, Map.copyOf(compiler.params));
    }

    private static java.util.stream.Stream<String> tags(Condition condition) {
        return switch (condition) {
            case Condition.And and -> and.all().stream().flatMap(SqlCompiler::tags);
            case Condition.Or or -> or.any().stream().flatMap(SqlCompiler::tags);
            case Condition.Not not -> tags(not.condition());
            case Condition.Compare c -> java.util.stream.Stream.of(c.tag());
            case Condition.In in -> java.util.stream.Stream.of(in.tag());
            case Condition.Between b -> java.util.stream.Stream.of(b.tag());
            case Condition.Exists e -> java.util.stream.Stream.of(e.tag());
        };
    }

    private String sql(Condition condition, int depth) {
        if (depth > MAX_DEPTH) {
            throw tooExpensive("it nests deeper than " + MAX_DEPTH + " levels");
        }
        return switch (condition) {
            case Condition.And and -> "(" + String.join(" AND ", and.all().stream().map(c -> sql(c, depth + 1)).toList()) + ")";
            case Condition.Or or -> "(" + String.join(" OR ", or.any().stream().map(c -> sql(c, depth + 1)).toList()) + ")";
            case Condition.Not not -> "(NOT " + sql(not.condition(), depth + 1) + ")";
            default -> leaf(condition);
        };
    }

    private String leaf(Condition condition) {
        if (++leaves > MAX_CONDITIONS) {
            throw tooExpensive("it has more than " + MAX_CONDITIONS + " conditions");
        }
        return switch (condition) {
            case Condition.Exists e -> hot ? column(e.tag()) + " IS NOT NULL" : "(tags -> " + param(e.tag()) + ") IS NOT NULL";
            case Condition.Compare c -> "coalesce(" + value(c.tag()) + " " + operator(c.op()) + " " + param(c.value()) + ", false)";
            case Condition.In in -> {
                values += in.values().size();
                if (values > MAX_VALUES) {
                    throw tooExpensive("its IN lists hold more than " + MAX_VALUES + " values");
                }
                yield "coalesce(" + value(in.tag()) + " IN (" + param(in.values()) + "), false)";
            }
            case Condition.Between b -> "coalesce(" + value(b.tag()) + " BETWEEN " + param(b.low()) + " AND "
                    + param(b.high()) + ", false)";
            default -> throw new IllegalStateException("Not a leaf: " + condition);
        };
    }

    /** The typed value of a tag, read from the JSONB map by a bound key. */
    private String value(String tag) {
        if (hot) {
            return column(tag);
        }
        String key = param(tag);
        return switch (types.apply(tag)) {
            case NUMBER -> "(tags -> " + key + ")::numeric";
            case BOOLEAN -> "(tags -> " + key + ")::boolean";
            case DATE -> "(tags ->> " + key + ")::date";
            case CATEGORY -> "(tags ->> " + key + ")";
        };
    }

    /** A hot tag's column: a name from HotTags' own list, looked up, never copied from the request. */
    private static String column(String tag) {
        return HotTags.column(tag).orElseThrow();
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value instanceof List<?> list ? List.copyOf(list) : value);
        return ":" + name;
    }

    private static String operator(Condition.Op op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    private static ExpressionError tooExpensive(String why) {
        return new ExpressionError("expression", -1, "The segment is too expensive: " + why);
    }

    /** The table to select from, a WHERE clause over it and its bind parameters. */
    record Sql(String table, String where, Map<String, Object> params) {
    }
}
