package org.banyan.credit.web;

import org.banyan.common.error.FieldError;

import java.util.List;

/** A request with fields at fault: answered as 400 problem+json listing every one of them. */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidFieldsException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static InvalidFieldsException of(String field, String message, Object rejected) {
        return new InvalidFieldsException("Request has invalid fields", List.of(new FieldError(field, message, rejected)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
