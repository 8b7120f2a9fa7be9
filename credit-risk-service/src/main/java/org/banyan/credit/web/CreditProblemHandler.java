package org.banyan.credit.web;

import org.banyan.common.error.FieldError;
import org.banyan.common.error.ProblemCode;
import org.banyan.common.error.ProblemDetails;
import org.banyan.common.web.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.List;

/**
 * The credit service's additions to the platform's problem+json handler: field lists from
 * {@link JsonBinder}, and multipart upload failures named by part.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CreditProblemHandler {

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<Object> invalidFields(InvalidFieldsException ex) {
        return respond(ProblemDetails.invalidFields(ex.getMessage(), ex.errors()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Object> missingPart(MissingServletRequestPartException ex) {
        return respond(ProblemDetails.invalidFields("Request part '" + ex.getRequestPartName() + "' is missing",
                List.of(new FieldError(ex.getRequestPartName(), "is required", null))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException ex) {
        return respond(ProblemDetails.invalidFields("Header '" + ex.getHeaderName() + "' is missing",
                List.of(new FieldError(ex.getHeaderName(), "is required", null))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException ex) {
        return respond(ProblemDetails.of(ProblemCode.PAYLOAD_TOO_LARGE, "The upload exceeds the allowed size"));
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        RequestIds.current().ifPresent(id -> problem.setProperty(ProblemDetails.REQUEST_ID, id));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
