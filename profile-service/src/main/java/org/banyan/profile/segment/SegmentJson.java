package org.banyan.profile.segment;

import org.banyan.profile.catalog.ExpressionError;
import org.banyan.profile.catalog.ValueType;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON form of a segment, for front ends that build conditions with widgets:
 * {@code {"and":[{"tag":"age","op":"between","value":[25,40]}, {"not":{"tag":"gambling_flag","op":"eq","value":true}},
 * {"tag":"city","op":"in","value":["Shanghai","Beijing"]}, {"tag":"salary_last_date","op":"exists"}]}}.
 * Errors name the JSON path of the offending member.
 */
final class SegmentJson {

    private SegmentJson() {
    }

    static Condition parse(JsonNode node, Function<String, ValueType> types) {
        return parse(node, "definition", types);
    }

    private static Condition parse(JsonNode node, String path, Function<String, ValueType> types) {
        if (node == null || !node.isObject()) {
            throw error(path, "Expected a condition object");
        }
        if (node.has("and") || node.has("or")) {
            String key = node.has("and") ? "and" : "or";
            JsonNode items = node.get(key);
            if (!items.isArray() || items.isEmpty()) {
                throw error(path + "." + key, "Expected a non-empty list of conditions");
            }
            List<Condition> conditions = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                conditions.add(parse(items.get(i), path + "." + key + "[" + i + "]", types));
            }
            if (conditions.size() == 1) {
                return conditions.getFirst();
            }
            return key.equals("and") ? new Condition.And(conditions) : new Condition.Or(conditions);
        }
        if (node.has("not")) {
            return new Condition.Not(parse(node.get("not"), path + ".not", types));
        }
        return leaf(node, path, types);
    }

    private static Condition leaf(JsonNode node, String path, Function<String, ValueType> types) {
        JsonNode tagNode = node.get("tag");
        if (tagNode == null || !tagNode.isString()) {
            throw error(path, "Expected \"and\", \"or\", \"not\" or a \"tag\" condition");
        }
        String tag = tagNode.stringValue();
        ValueType type = types.apply(tag);
        if (type == null) {
            throw error(path + ".tag", "Unknown tag '" + tag + "'");
        }
        String op = node.has("op") ? node.get("op").asString().toLowerCase(Locale.ROOT) : "";
        JsonNode value = node.get("value");
        Condition condition = switch (op) {
            case "exists" -> new Condition.Exists(tag);
            case "in" -> new Condition.In(tag, list(value, path, -1));
            case "between" -> {
                List<Object> range = list(value, path, 2);
                yield new Condition.Between(tag, range.get(0), range.get(1));
            }
            case "eq", "ne", "lt", "le", "gt", "ge" ->
                    new Condition.Compare(tag, Condition.Op.valueOf(op.toUpperCase(Locale.ROOT)), scalar(value, path + ".value"));
            default -> throw error(path + ".op", "Expected op eq, ne, lt, le, gt, ge, in, between or exists");
        };
        try {
            return Typing.check(condition, type);
        } catch (Typing.Mismatch e) {
            throw error(path + ".value", e.getMessage());
        }
    }

    private static List<Object> list(JsonNode value, String path, int size) {
        if (value == null || !value.isArray() || value.isEmpty() || (size > 0 && value.size() != size)) {
            throw error(path + ".value", size > 0 ? "Expected a list of " + size + " values" : "Expected a non-empty list");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            values.add(scalar(value.get(i), path + ".value[" + i + "]"));
        }
        return values;
    }

    private static Object scalar(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            throw error(path, "A value is required");
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()) {
            return value.stringValue();
        }
        throw error(path, "Expected a number, text or boolean");
    }

    /** The JSON form of a condition tree. */
    static Object render(Condition condition) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (condition) {
            case Condition.And and -> json.put("and", and.all().stream().map(SegmentJson::render).toList());
            case Condition.Or or -> json.put("or", or.any().stream().map(SegmentJson::render).toList());
            case Condition.Not not -> json.put("not", render(not.condition()));
            case Condition.Compare c -> {
                json.put("tag", c.tag());
                json.put("op", c.op().name().toLowerCase(Locale.ROOT));
                json.put("value", ValueType.toJson(c.value()));
            }
            case Condition.In in -> {
                json.put("tag", in.tag());
                json.put("op", "in");
                json.put("value", in.values().stream().map(ValueType::toJson).toList());
            }
            case Condition.Between b -> {
                json.put("tag", b.tag());
                json.put("op", "between");
                json.put("value", List.of(ValueType.toJson(b.low()), ValueType.toJson(b.high())));
            }
            case Condition.Exists e -> {
                json.put("tag", e.tag());
                json.put("op", "exists");
            }
        }
        return json;
    }

    private static ExpressionError error(String path, String message) {
        return new ExpressionError(path, -1, message);
    }
}
