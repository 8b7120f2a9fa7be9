package org.banyan.common.error;

import jakarta.validation.ConstraintViolationException;
import org.banyan.common.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Turns every failure of a servlet service into RFC 9457 problem+json with a stable {@code code}:
 * client mistakes become 4xx naming the offending fields; only a genuine fault is a 500, and its
 * detail never leaks internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(BanyanException.class)
    ResponseEntity<Object> banyan(BanyanException ex, WebRequest request) {
        return respond(ProblemDetails.of(ex.code(), ex.getMessage()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage(), v.getInvalidValue()))
                .toList();
        return respond(ProblemDetails.invalidFields("Request has invalid fields", errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        String field = ex.getName();
        return respond(ProblemDetails.invalidFields("Parameter '" + field + "' has the wrong type",
                List.of(new FieldError(field, "cannot be converted to the expected type", String.valueOf(ex.getValue())))));
    }

    /**
     * The database is down, its pool exhausted or a query timed out: the caller may retry, so this is a
     * 503 with {@code Retry-After}, not a 500 (and the gateway's circuit breaker counts it as a failure).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            QueryTimeoutException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
        log.warn("Database unavailable: {}", rootMessage(ex));
        ProblemDetail problem = ProblemDetails.of(ProblemCode.UNAVAILABLE,
                "The service's database is not answering in time; retry shortly");
        RequestIds.current().ifPresent(id -> problem.setProperty(ProblemDetails.REQUEST_ID, id));
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unhandled failure", ex);
        return respond(ProblemDetails.of(ProblemCode.INTERNAL_ERROR,
                "An internal error occurred; quote the request id to support"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage(), e.getRejectedValue()))
                .toList();
        return respond(ProblemDetails.invalidFields("Request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage(),
                        result.getArgument())))
                .toList();
        return respond(ProblemDetails.invalidFields("Request has invalid parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(ProblemDetails.of(ProblemCode.MALFORMED_REQUEST,
                "Request body is not valid JSON for this operation: " + rootMessage(ex)));
    }

    /** Spring's own 4xx exceptions (404, 405, 415, ...) keep their status and gain a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p
                : ex instanceof ErrorResponse er ? er.getBody()
                : ProblemDetail.forStatus(statusCode);
        if (problem.getProperties() == null || !problem.getProperties().containsKey(ProblemDetails.CODE)) {
            problem.setProperty(ProblemDetails.CODE, codeFor(statusCode).name());
        }
        RequestIds.current().ifPresent(id -> problem.setProperty(ProblemDetails.REQUEST_ID, id));
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        RequestIds.current().ifPresent(id -> problem.setProperty(ProblemDetails.REQUEST_ID, id));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    static ProblemCode codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemCode.VALIDATION_FAILED;
            case 401 -> ProblemCode.UNAUTHENTICATED;
            case 403 -> ProblemCode.FORBIDDEN;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 409 -> ProblemCode.CONFLICT;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemCode.RATE_LIMITED;
            case 503 -> ProblemCode.UNAVAILABLE;
            case 504 -> ProblemCode.TIMEOUT;
            default -> status.is4xxClientError() ? ProblemCode.VALIDATION_FAILED : ProblemCode.INTERNAL_ERROR;
        };
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null) {
            return "unreadable";
        }
        // Jackson appends source location details after a newline; the first line is the useful part.
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
