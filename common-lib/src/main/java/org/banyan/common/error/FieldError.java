package org.banyan.common.error;

/** One offending field of a rejected request, as listed in a problem's {@code errors} member. */
public record FieldError(String field, String message, Object rejectedValue) {
}
