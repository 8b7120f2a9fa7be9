package org.banyan.credit.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.banyan.common.error.FieldError;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a JSON object to a request record field by field, then validates it, so a client learns about
 * every bad field at once: wrong types and unknown enum values (which stop Jackson at the first one)
 * and Bean Validation violations alike, each named, in one 400 problem.
 */
@Component
public class JsonBinder {

    private final JsonMapper mapper;
    private final Validator validator;

    public JsonBinder(JsonMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <R extends Record> R bind(JsonNode body, Class<R> type) {
        Bound<R> bound = bindLenient(body, type);
        bound.throwIfInvalid();
        return bound.value();
    }

    /**
     * Binds and validates without throwing, so a caller can add its own checks (e.g. on expressions)
     * and report every problem together; fields that could not be read are null in the value.
     */
    public <R extends Record> Bound<R> bindLenient(JsonNode body, Class<R> type) {
        if (body == null || !body.isObject()) {
            throw InvalidFieldsException.of("body", "must be a JSON object", null);
        }
        List<FieldError> errors = new ArrayList<>();
        R bound = readRecord(body, type, "", errors);
        Set<String> failed = errors.stream().map(FieldError::field).collect(Collectors.toCollection(HashSet::new));
        for (ConstraintViolation<R> violation : validator.validate(bound)) {
            String field = violation.getPropertyPath().toString();
            if (failed.stream().noneMatch(f -> field.equals(f) || field.startsWith(f + ".") || field.startsWith(f + "["))) {
                errors.add(new FieldError(field, violation.getMessage(), violation.getInvalidValue()));
            }
        }
        return new Bound<>(bound, errors);
    }

    private <R> R readRecord(JsonNode object, Class<?> type, String prefix, List<FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(object.get(components[i].getName()), components[i].getGenericType(),
                    prefix + components[i].getName(), errors);
        }
        return construct(type, components, values);
    }

    /** Records and lists of records are read field by field, so one bad element field names itself only. */
    private Object read(JsonNode node, Type type, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        JavaType target = mapper.getTypeFactory().constructType(type);
        if (target.getRawClass().isRecord() && node.isObject()) {
            return readRecord(node, target.getRawClass(), path + ".", errors);
        }
        if (List.class.isAssignableFrom(target.getRawClass()) && node.isArray()
                && target.getContentType() != null && target.getContentType().getRawClass().isRecord()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                list.add(read(node.get(i), target.getContentType(), path + "[" + i + "]", errors));
            }
            return list;
        }
        try {
            return mapper.treeToValue(node, target);
        } catch (JacksonException e) {
            errors.add(new FieldError(path + nestedPath(e), describe(e, target), abbreviated(node)));
            return null;
        }
    }

    /** A bound request and what is wrong with it. */
    public record Bound<R>(R value, List<FieldError> errors) {

        public void throwIfInvalid() {
            if (!errors.isEmpty()) {
                List<FieldError> sorted = new ArrayList<>(errors);
                sorted.sort((a, b) -> a.field().compareTo(b.field()));
                throw new InvalidFieldsException("Request has invalid fields", sorted);
            }
        }
    }

    private static String nestedPath(JacksonException e) {
        if (!(e instanceof DatabindException databind)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (var reference : databind.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JacksonException e, JavaType target) {
        Class<?> expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? mismatch.getTargetType() : target.getRawClass();
        if (expected.isEnum()) {
            return "must be one of " + Arrays.toString(expected.getEnumConstants());
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return "must be " + typeName(expected);
        }
        return "cannot be read: " + e.getOriginalMessage();
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object of the documented shape";
    }

    private static Object abbreviated(JsonNode node) {
        String text = node.isValueNode() ? node.asString() : node.toString();
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    @SuppressWarnings("unchecked")
    private static <R> R construct(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<R> constructor = (Constructor<R>) type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }
}
