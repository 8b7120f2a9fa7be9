package org.banyan.profile.catalog;

import org.banyan.common.error.FieldError;
import org.banyan.common.error.ProblemDetails;
import org.banyan.common.web.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Bad expressions and segment definitions as 400 problem+json pointing at the offending position. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExpressionErrorHandler {

    @ExceptionHandler(ExpressionError.class)
    ResponseEntity<ProblemDetail> invalid(ExpressionError error) {
        String where = error.position() >= 0 ? " (at position " + error.position() + ")" : "";
        ProblemDetail problem = ProblemDetails.invalidFields(error.getMessage() + where,
                List.of(new FieldError(error.field(), error.getMessage(), error.position())));
        problem.setProperty("position", error.position());
        RequestIds.current().ifPresent(id -> problem.setProperty(ProblemDetails.REQUEST_ID, id));
        return ResponseEntity.badRequest().body(problem);
    }
}
